# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.linked_object_list_type import LinkedObjectListType
from ..types import (
    DecodingIssue,
    Field,
    Model,
    check_bool,
    check_int,
    check_str,
    list_of,
    received_fields,
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class LinkedObjectList(Model):
    """An object containing metadata about linked conversations and linked tickets. Up to 1000 can be returned.

    Attributes:
        data (list[LinkedObject] | None): An array containing the linked conversations and linked tickets.
        has_more (bool | None): Whether or not there are more linked objects than returned. Example: False.
        total_count (int | None): The total number of linked objects. Example: 100.
        type_ (LinkedObjectListType | None): Always list. Example: list.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    data: list[LinkedObject] | None = None
    has_more: bool | None = None
    total_count: int | None = None
    type_: LinkedObjectListType | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


# Imported last, so that models that refer to each other can import each other.
from ..models.linked_object import LinkedObject

received_fields(
    LinkedObjectList,
    data=list_of(LinkedObject.from_dict),
    has_more=check_bool,
    total_count=check_int,
    type_=Field(check_str, json="type", const="list"),
)
