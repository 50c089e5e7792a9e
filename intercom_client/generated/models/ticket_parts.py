# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.ticket_parts_type import TicketPartsType
from ..types import DecodingIssue, Field, Model, ModelRef, check_int, check_str, list_of, received_fields

if TYPE_CHECKING:
    from ..models.ticket_part import TicketPart


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class TicketParts(Model):
    """A list of Ticket Part objects for each note and event in the ticket. There is a limit of 500 parts.

    Attributes:
        ticket_parts (list[TicketPart] | None): A list of Ticket Part objects for each ticket. There is a limit of 500
            parts.
        total_count (int | None):  Example: 2.
        type_ (TicketPartsType | None):  Example: ticket_part.list.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    ticket_parts: list[TicketPart] | None = None
    total_count: int | None = None
    type_: TicketPartsType | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    TicketParts,
    ticket_parts=list_of(ModelRef(models, "TicketPart")),
    total_count=check_int,
    type_=Field(check_str, json="type", const="ticket_part.list"),
)
