# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ticket_part_updated_attribute_data_attribute_type import (
    TicketPartUpdatedAttributeDataAttributeType,
)
from ..types import DecodingIssue, Field, Model, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class TicketPartUpdatedAttributeDataAttribute(Model):
    """Information about the attribute that was updated.

    Attributes:
        id (str): The unique identifier of the attribute. Example: 7.
        label (str): The human-readable name of the attribute. Example: Progress.
        type_ (TicketPartUpdatedAttributeDataAttributeType): The type of the object. Always 'attribute'. Example:
            attribute.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    label: str
    type_: TicketPartUpdatedAttributeDataAttributeType
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    TicketPartUpdatedAttributeDataAttribute,
    id=Field(check_str, required=True),
    label=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True, const="attribute"),
)
