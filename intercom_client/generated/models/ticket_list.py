# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.ticket_list_type import TicketListType
from ..types import DecodingIssue, Field, Model, ModelRef, check_int, check_str, list_of, received_fields

if TYPE_CHECKING:
    from ..models.cursor_pages import CursorPages
    from ..models.ticket import Ticket


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class TicketList(Model):
    """Tickets are how you track requests from your users.

    Attributes:
        pages (CursorPages | None):
        tickets (list[Ticket] | None): The list of ticket objects
        total_count (int | None): A count of the total number of objects. Example: 12345.
        type_ (TicketListType | None): Always ticket.list Example: ticket.list.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    pages: CursorPages | None = None
    tickets: list[Ticket] | None = None
    total_count: int | None = None
    type_: TicketListType | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    TicketList,
    pages=ModelRef(models, "CursorPages"),
    tickets=list_of(ModelRef(models, "Ticket")),
    total_count=check_int,
    type_=Field(check_str, json="type", const="ticket.list"),
)
