# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import (
    UNSET,
    DecodingIssue,
    Field,
    Model,
    ModelRef,
    Unset,
    check_int,
    check_str,
    list_of,
    one_of,
    sent_fields,
)

if TYPE_CHECKING:
    from ..models.create_ticket_request_assignment import (
        CreateTicketRequestAssignment,
        CreateTicketRequestAssignmentDict,
    )
    from ..models.create_ticket_request_contact_with_email import (
        CreateTicketRequestContactWithEmail,
        CreateTicketRequestContactWithEmailDict,
    )
    from ..models.create_ticket_request_contact_with_external_id import (
        CreateTicketRequestContactWithExternalId,
        CreateTicketRequestContactWithExternalIdDict,
    )
    from ..models.create_ticket_request_contact_with_id import (
        CreateTicketRequestContactWithId,
        CreateTicketRequestContactWithIdDict,
    )
    from ..models.ticket_request_custom_attributes import TicketRequestCustomAttributes


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CreateTicketRequest(Model):
    """You can create a Ticket

    Attributes:
        contacts (list[CreateTicketRequestContactWithEmail | CreateTicketRequestContactWithExternalId |
            CreateTicketRequestContactWithId]): The list of contacts (users or leads) affected by this ticket. Currently
            only one is allowed Example: [{'id': '1234'}].
        ticket_type_id (str): The ID of the type of ticket you want to create Example: 1234.
        assignment (CreateTicketRequestAssignment | Unset | None):
        company_id (str | Unset | None): The ID of the company that the ticket is associated with. The unique identifier
            for the company which is given by Intercom Example: 5f4d3c1c-7b1b-4d7d-a97e-6095715c6632.
        conversation_to_link_id (str | Unset | None): The ID of the conversation you want to link to the ticket. Here
            are the valid ways of linking two tickets:
             - conversation | back-office ticket
             - customer tickets | non-shared back-office ticket
             - conversation | tracker ticket
             - customer ticket | tracker ticket Example: 1234.
        created_at (int | Unset | None): The time the ticket was created. If not provided, the current time will be
            used. Example: 1590000000.
        ticket_attributes (TicketRequestCustomAttributes | Unset | None): The attributes set on the ticket. When setting
            the default title and description attributes, the attribute keys that should be used are `_default_title_` and
            `_default_description_`. When setting ticket type attributes of the list attribute type, the key should be the
            attribute name and the value of the attribute should be the list item id, obtainable by [listing the ticket
            type](ref:get_ticket-types). For example, if the ticket type has an attribute called `priority` of type `list`,
            the key should be `priority` and the value of the attribute should be the guid of the list item (e.g.
            `de1825a0-0164-4070-8ca6-13e22462fa7e`). Example: {'_default_description_': 'The button is not working',
            '_default_title_': 'Found a bug'}.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    contacts: list[
        CreateTicketRequestContactWithEmail
        | CreateTicketRequestContactWithExternalId
        | CreateTicketRequestContactWithId
    ]
    ticket_type_id: str
    assignment: CreateTicketRequestAssignment | Unset | None = UNSET
    company_id: str | Unset | None = UNSET
    conversation_to_link_id: str | Unset | None = UNSET
    created_at: int | Unset | None = UNSET
    ticket_attributes: TicketRequestCustomAttributes | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class CreateTicketRequestDict(TypedDict, total=False):
    """:class:`CreateTicketRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    contacts: Required[
        Sequence[
            CreateTicketRequestContactWithIdDict
            | CreateTicketRequestContactWithExternalIdDict
            | CreateTicketRequestContactWithEmailDict
        ]
    ]
    ticket_type_id: Required[str]
    assignment: CreateTicketRequestAssignmentDict
    company_id: str
    conversation_to_link_id: str
    created_at: int
    ticket_attributes: Mapping[str, Any]


sent_fields(
    CreateTicketRequest,
    contacts=Field(
        list_of(
            one_of(
                ModelRef(models, "CreateTicketRequestContactWithId"),
                ModelRef(models, "CreateTicketRequestContactWithExternalId"),
                ModelRef(models, "CreateTicketRequestContactWithEmail"),
            )
        ),
        required=True,
    ),
    ticket_type_id=Field(check_str, required=True),
    assignment=ModelRef(models, "CreateTicketRequestAssignment"),
    company_id=check_str,
    conversation_to_link_id=check_str,
    created_at=check_int,
    ticket_attributes=ModelRef(models, "TicketRequestCustomAttributes"),
)
