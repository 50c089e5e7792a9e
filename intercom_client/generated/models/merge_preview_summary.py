# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import DecodingIssue, Model, ModelRef, received_fields

if TYPE_CHECKING:
    from ..models.merge_preview_attribute_changes import MergePreviewAttributeChanges
    from ..models.merge_preview_reassignments import MergePreviewReassignments


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class MergePreviewSummary(Model):
    """A summary of the changes the merge would make to the surviving contact.

    Attributes:
        attribute_changes (MergePreviewAttributeChanges | None): The attribute changes the merge would make to the
            surviving contact.
        reassignments (MergePreviewReassignments | None): Two counts per object type — `from`, how many are on the lead
            and would move to the surviving contact, and `into`, how many the surviving contact already has. Only types with
            reassignments are included, and both counts are always present on a type that is included.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    attribute_changes: MergePreviewAttributeChanges | None = None
    reassignments: MergePreviewReassignments | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    MergePreviewSummary,
    attribute_changes=ModelRef(models, "MergePreviewAttributeChanges"),
    reassignments=ModelRef(models, "MergePreviewReassignments"),
)
