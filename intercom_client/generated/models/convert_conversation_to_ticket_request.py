# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import UNSET, DecodingIssue, Field, Model, ModelRef, Unset, check_str, sent_fields

if TYPE_CHECKING:
    from ..models.ticket_request_custom_attributes import TicketRequestCustomAttributes


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ConvertConversationToTicketRequest(Model):
    """You can convert a Conversation to a Ticket

    Attributes:
        ticket_type_id (str): The ID of the type of ticket you want to convert the conversation to Example: 1234.
        attributes (TicketRequestCustomAttributes | Unset | None): The attributes set on the ticket. When setting the
            default title and description attributes, the attribute keys that should be used are `_default_title_` and
            `_default_description_`. When setting ticket type attributes of the list attribute type, the key should be the
            attribute name and the value of the attribute should be the list item id, obtainable by [listing the ticket
            type](ref:get_ticket-types). For example, if the ticket type has an attribute called `priority` of type `list`,
            the key should be `priority` and the value of the attribute should be the guid of the list item (e.g.
            `de1825a0-0164-4070-8ca6-13e22462fa7e`). Example: {'_default_description_': 'The button is not working',
            '_default_title_': 'Found a bug'}.
        ticket_state_id (str | Unset | None): The ID of the ticket state associated with the ticket type. Example: 123.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    ticket_type_id: str
    attributes: TicketRequestCustomAttributes | Unset | None = UNSET
    ticket_state_id: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class ConvertConversationToTicketRequestDict(TypedDict, total=False):
    """:class:`ConvertConversationToTicketRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    ticket_type_id: Required[str]
    attributes: Mapping[str, Any]
    ticket_state_id: str


sent_fields(
    ConvertConversationToTicketRequest,
    ticket_type_id=Field(check_str, required=True),
    attributes=ModelRef(models, "TicketRequestCustomAttributes"),
    ticket_state_id=check_str,
)
