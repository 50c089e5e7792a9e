# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.ticket_category import TicketCategory
from ..models.ticket_type_enum import TicketTypeEnum
from ..types import (
    DecodingIssue,
    Field,
    Model,
    ModelRef,
    check_bool,
    check_int,
    check_str,
    one_of,
    received_fields,
)

if TYPE_CHECKING:
    from ..models.linked_object_list import LinkedObjectList
    from ..models.ticket_contacts import TicketContacts
    from ..models.ticket_custom_attributes import TicketCustomAttributes
    from ..models.ticket_parts import TicketParts
    from ..models.ticket_state import TicketState
    from ..models.ticket_type import TicketType


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class Ticket(Model):
    """Tickets are how you track requests from your users.

    Attributes:
        id (str): The unique identifier for the ticket which is given by Intercom. Example: 1295.
        type_ (TicketTypeEnum): Always ticket Example: ticket.
        admin_assignee_id (int | str | None): The id representing the admin assigned to the ticket. If it's not assigned
            to an admin it will return 0.
        category (TicketCategory | None): Category of the Ticket. Example: Customer.
        contacts (TicketContacts | None): The list of contacts affected by a ticket.
        created_at (int | None): The time the ticket was created as a UTC Unix timestamp. Example: 1663597223.
        is_shared (bool | None): Whether or not the ticket is shared with the customer. Example: True.
        linked_objects (LinkedObjectList | None): An object containing metadata about linked conversations and linked
            tickets. Up to 1000 can be returned.
        open (bool | None): Whether or not the ticket is open. If false, the ticket is closed. Example: True.
        previous_ticket_state_id (str | None): The ID of the previous ticket state from the most recent state change.
            Returns null if no state change history exists. Useful for tracking state transitions for reporting and
            compliance. Example: 7493.
        snoozed_until (int | None): The time the ticket will be snoozed until as a UTC Unix timestamp. If null, the
            ticket is not currently snoozed. Example: 1663597260.
        team_assignee_id (int | str | None): The id representing the team assigned to the ticket. If it's not assigned
            to a team it will return 0.
        ticket_attributes (TicketCustomAttributes | None): An object containing the different attributes associated to
            the ticket as key-value pairs. For the default title and description attributes, the keys are `_default_title_`
            and `_default_description_`. Example: {'_default_description_': "The button's not working", '_default_title_':
            'Found a bug'}.
        ticket_id (str | None): The ID of the Ticket used in the Intercom Inbox and Messenger. Do not use ticket_id for
            API queries. Example: 1390.
        ticket_parts (TicketParts | None): A list of Ticket Part objects for each note and event in the ticket. There is
            a limit of 500 parts.
        ticket_state (TicketState | str | None):
        ticket_state_external_label (str | None): The ticket state's label for customers.
        ticket_state_internal_label (str | None): The ticket state's label for admins.
        ticket_type (TicketType | None):
        updated_at (int | None): The last time the ticket was updated as a UTC Unix timestamp. Example: 1663597260.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: TicketTypeEnum
    admin_assignee_id: int | str | None = None
    category: TicketCategory | None = None
    contacts: TicketContacts | None = None
    created_at: int | None = None
    is_shared: bool | None = None
    linked_objects: LinkedObjectList | None = None
    open: bool | None = None
    previous_ticket_state_id: str | None = None
    snoozed_until: int | None = None
    team_assignee_id: int | str | None = None
    ticket_attributes: TicketCustomAttributes | None = None
    ticket_id: str | None = None
    ticket_parts: TicketParts | None = None
    ticket_state: TicketState | str | None = None
    ticket_state_external_label: str | None = None
    ticket_state_internal_label: str | None = None
    ticket_type: TicketType | None = None
    updated_at: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    Ticket,
    id=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True, const="ticket"),
    admin_assignee_id=one_of(check_int, check_str),
    category=check_str,
    contacts=ModelRef(models, "TicketContacts"),
    created_at=check_int,
    is_shared=check_bool,
    linked_objects=ModelRef(models, "LinkedObjectList"),
    open=check_bool,
    previous_ticket_state_id=check_str,
    snoozed_until=check_int,
    team_assignee_id=one_of(check_int, check_str),
    ticket_attributes=ModelRef(models, "TicketCustomAttributes"),
    ticket_id=check_str,
    ticket_parts=ModelRef(models, "TicketParts"),
    ticket_state=one_of(ModelRef(models, "TicketState"), check_str),
    ticket_state_external_label=check_str,
    ticket_state_internal_label=check_str,
    ticket_type=ModelRef(models, "TicketType"),
    updated_at=check_int,
)
