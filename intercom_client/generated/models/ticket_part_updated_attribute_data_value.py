# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ticket_part_updated_attribute_data_value_type import (
    TicketPartUpdatedAttributeDataValueType,
)
from ..types import DecodingIssue, Field, Model, check_any, check_scalar_list, check_str, one_of, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class TicketPartUpdatedAttributeDataValue(Model):
    """The new value of the attribute.

    Attributes:
        id (str | None | None):
        label (list[str] | str):
        type_ (TicketPartUpdatedAttributeDataValueType): The type of the object. Always 'value'. Example: value.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str | None | None
    label: list[str] | str
    type_: TicketPartUpdatedAttributeDataValueType
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    TicketPartUpdatedAttributeDataValue,
    id=one_of(check_str, check_any),
    label=Field(one_of(check_str, check_scalar_list), required=True),
    type_=Field(check_str, json="type", required=True, const="value"),
)
