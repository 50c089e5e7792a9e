# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.merge_preview_reason_code import MergePreviewReasonCode
from ..types import DecodingIssue, Model, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class MergePreviewReason(Model):
    """A reason a merge is not allowed.

    Attributes:
        code (MergePreviewReasonCode | None): A stable code identifying the reason. Branch on this value.
        message (str | None): A human-readable explanation. Display this to people; do not match on it, as the wording
            may change.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    code: MergePreviewReasonCode | None = None
    message: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    MergePreviewReason,
    code=check_str,
    message=check_str,
)
