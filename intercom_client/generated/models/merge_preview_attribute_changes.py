# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DecodingIssue, Model, check_int, list_of, received_fields


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


# Imported last, so that models that refer to each other can import each other.
from ..models.merge_preview_attribute_change import MergePreviewAttributeChange

received_fields(
    MergePreviewAttributeChanges,
    attributes=list_of(MergePreviewAttributeChange.from_dict),
    total_count=check_int,
)
