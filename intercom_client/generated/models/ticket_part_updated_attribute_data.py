# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import DecodingIssue, Field, Model, ModelRef, received_fields

if TYPE_CHECKING:
    from ..models.ticket_part_updated_attribute_data_attribute import TicketPartUpdatedAttributeDataAttribute
    from ..models.ticket_part_updated_attribute_data_value import TicketPartUpdatedAttributeDataValue


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class TicketPartUpdatedAttributeData(Model):
    """The updated attribute data of the ticket part. Only present for attribute update parts.

    Attributes:
        attribute (TicketPartUpdatedAttributeDataAttribute): Information about the attribute that was updated.
        value (TicketPartUpdatedAttributeDataValue): The new value of the attribute.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    attribute: TicketPartUpdatedAttributeDataAttribute
    value: TicketPartUpdatedAttributeDataValue
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    TicketPartUpdatedAttributeData,
    attribute=Field(ModelRef(models, "TicketPartUpdatedAttributeDataAttribute"), required=True),
    value=Field(ModelRef(models, "TicketPartUpdatedAttributeDataValue"), required=True),
)
