# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.linked_object_category import LinkedObjectCategory
from ..models.linked_object_type import LinkedObjectType
from ..types import DecodingIssue, Field, Model, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class LinkedObject(Model):
    """A linked conversation or ticket.

    Attributes:
        id (str): The ID of the linked object Example: 7583.
        type_ (LinkedObjectType): ticket or conversation Example: ticket.
        category (LinkedObjectCategory | None):
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: LinkedObjectType
    category: LinkedObjectCategory | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    LinkedObject,
    id=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True),
    category=check_str,
)
