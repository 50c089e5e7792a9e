# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import DecodingIssue, Model, ModelRef, check_int, list_of, received_fields

if TYPE_CHECKING:
    from ..models.merge_preview_attribute_change import MergePreviewAttributeChange


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class MergePreviewAttributeChanges(Model):
    """The attribute changes the merge would make to the surviving contact.

    Attributes:
        attributes (list[MergePreviewAttributeChange] | None): The individual attribute changes. Capped at 50 items;
            total_count reflects the full number of changes.
        total_count (int | None): The total number of attribute changes detected, which may exceed the number of items
            in attributes. Example: 3.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    attributes: list[MergePreviewAttributeChange] | None = None
    total_count: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    MergePreviewAttributeChanges,
    attributes=list_of(ModelRef(models, "MergePreviewAttributeChange")),
    total_count=check_int,
)
