# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DecodingIssue, Model, check_bool, list_of, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class MergePreviewBlocked(Model):
    """Returned when the merge is not allowed.

    Attributes:
        allowed (bool | None): Always false. The merge is not allowed.
        reasons (list[MergePreviewReason] | None): One or more reasons the merge is not allowed.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    allowed: bool | None = None
    reasons: list[MergePreviewReason] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


# Imported last, so that models that refer to each other can import each other.
from ..models.merge_preview_reason import MergePreviewReason

received_fields(
    MergePreviewBlocked,
    allowed=check_bool,
    reasons=list_of(MergePreviewReason.from_dict),
)
