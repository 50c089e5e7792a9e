# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.ticket_type_category import TicketTypeCategory
from ..types import (
    DecodingIssue,
    Field,
    Model,
    ModelRef,
    check_bool,
    check_int,
    check_str,
    received_fields,
)

if TYPE_CHECKING:
    from ..models.ticket_type_attribute_list import TicketTypeAttributeList
    from ..models.ticket_type_ticket_states import TicketTypeTicketStates


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class TicketType(Model):
    """A ticket type, used to define the data fields to be captured in a ticket.

    Attributes:
        id (str): The id representing the ticket type. Example: 1295.
        type_ (str): String representing the object's type. Always has the value `ticket_type`. Example: ticket_type.
        archived (bool | None): Whether the ticket type is archived or not. Example: False.
        category (TicketTypeCategory | None): Category of the Ticket Type. Example: Customer.
        created_at (int | None): The date and time the ticket type was created.
        description (str | None): The description of the ticket type Example: A bug that has been reported..
        icon (str | None): The icon of the ticket type Example: 🐞.
        is_internal (bool | None): Whether tickets of this type are internal.
        name (str | None): The name of the ticket type Example: Bug.
        ticket_states (TicketTypeTicketStates | None): A list of ticket states associated with a given ticket type.
        ticket_type_attributes (TicketTypeAttributeList | None): A list of attributes associated with a given ticket
            type.
        updated_at (int | None): The date and time the ticket type was last updated.
        workspace_id (str | None): The id of the workspace that the ticket type belongs to. Example: ecahpwf5.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: str
    archived: bool | None = None
    category: TicketTypeCategory | None = None
    created_at: int | None = None
    description: str | None = None
    icon: str | None = None
    is_internal: bool | None = None
    name: str | None = None
    ticket_states: TicketTypeTicketStates | None = None
    ticket_type_attributes: TicketTypeAttributeList | None = None
    updated_at: int | None = None
    workspace_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    TicketType,
    id=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True),
    archived=check_bool,
    category=check_str,
    created_at=check_int,
    description=check_str,
    icon=check_str,
    is_internal=check_bool,
    name=check_str,
    ticket_states=ModelRef(models, "TicketTypeTicketStates"),
    ticket_type_attributes=ModelRef(models, "TicketTypeAttributeList"),
    updated_at=check_int,
    workspace_id=check_str,
)
