# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import DecodingIssue, Model, ModelRef, check_bool, list_of, received_fields

if TYPE_CHECKING:
    from ..models.merge_preview_reason import MergePreviewReason


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


received_fields(
    MergePreviewBlocked,
    allowed=check_bool,
    reasons=list_of(ModelRef(models, "MergePreviewReason")),
)
