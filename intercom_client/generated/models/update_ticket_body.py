# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import UNSET, DecodingIssue, ModelRef, Unset, check_bool, check_int, check_str, sent_fields
from .update_ticket_request import UpdateTicketRequest

if TYPE_CHECKING:
    from ..models.update_ticket_request_ticket_attributes import UpdateTicketRequestTicketAttributes


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class UpdateTicketBody(UpdateTicketRequest):
    """
    Attributes:
        admin_id (int | Unset | None): The ID of the admin performing ticket update. Needed for workflows execution and
            attributing actions to specific admins. Example: 123.
        assignee_id (str | Unset | None): The ID of the admin or team to which the ticket is assigned. Set this 0 to
            unassign it. Example: 123.
        company_id (str | Unset | None): The ID of the company that the ticket is associated with. The unique identifier
            for the company which is given by Intercom. Set to nil to remove company. Example:
            5f4d3c1c-7b1b-4d7d-a97e-6095715c6632.
        is_shared (bool | Unset | None): Specify whether the ticket is visible to users. Example: True.
        open (bool | Unset | None): Specify if a ticket is open. Set to false to close a ticket. Closing a ticket will
            also unsnooze it. Example: True.
        snoozed_until (int | Unset | None): The time you want the ticket to reopen. Example: 1673609604.
        ticket_attributes (UpdateTicketRequestTicketAttributes | Unset | None): The attributes set on the ticket.
            Example: {'_default_description_': 'having a problem', '_default_title_': 'example'}.
        ticket_state_id (str | Unset | None): The ID of the ticket state associated with the ticket type. Example: 123.
        skip_notifications (bool | Unset | None): Option to disable notifications when a Ticket is updated. Example:
            True.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    admin_id: int | Unset | None = UNSET
    assignee_id: str | Unset | None = UNSET
    company_id: str | Unset | None = UNSET
    is_shared: bool | Unset | None = UNSET
    open: bool | Unset | None = UNSET
    snoozed_until: int | Unset | None = UNSET
    ticket_attributes: UpdateTicketRequestTicketAttributes | Unset | None = UNSET
    ticket_state_id: str | Unset | None = UNSET
    skip_notifications: bool | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class UpdateTicketBodyDict(TypedDict, total=False):
    """:class:`UpdateTicketBody` written as a dict literal (JSON field names), e.g. as a request body."""

    admin_id: int
    assignee_id: str
    company_id: str
    is_shared: bool
    open: bool
    snoozed_until: int
    ticket_attributes: Mapping[str, Any]
    ticket_state_id: str
    skip_notifications: bool


sent_fields(
    UpdateTicketBody,
    admin_id=check_int,
    assignee_id=check_str,
    company_id=check_str,
    is_shared=check_bool,
    open=check_bool,
    snoozed_until=check_int,
    ticket_attributes=ModelRef(models, "UpdateTicketRequestTicketAttributes"),
    ticket_state_id=check_str,
    skip_notifications=check_bool,
)
