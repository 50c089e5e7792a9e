# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.linked_object_list_type import LinkedObjectListType
from ..types import (
    DecodingIssue,
    Field,
    Model,
    ModelRef,
    check_bool,
    check_int,
    check_str,
    list_of,
    received_fields,
)

if TYPE_CHECKING:
    from ..models.linked_object import LinkedObject


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


received_fields(
    LinkedObjectList,
    data=list_of(ModelRef(models, "LinkedObject")),
    has_more=check_bool,
    total_count=check_int,
    type_=Field(check_str, json="type", const="list"),
)
