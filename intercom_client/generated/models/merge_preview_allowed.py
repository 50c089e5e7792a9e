# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import DecodingIssue, Model, ModelRef, check_bool, received_fields

if TYPE_CHECKING:
    from ..models.merge_preview_summary import MergePreviewSummary


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class MergePreviewAllowed(Model):
    """Returned when the merge is allowed.

    Attributes:
        allowed (bool | None): Always true. The merge is allowed.
        summary (MergePreviewSummary | None): A summary of the changes the merge would make to the surviving contact.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    allowed: bool | None = None
    summary: MergePreviewSummary | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    MergePreviewAllowed,
    allowed=check_bool,
    summary=ModelRef(models, "MergePreviewSummary"),
)
