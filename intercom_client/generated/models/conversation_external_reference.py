# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DecodingIssue, Field, Model, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ConversationExternalReference(Model):
    """A reference linking a conversation to a record in an external helpdesk or CRM system, surfaced for Fin Standalone
    workspaces.

    Attributes:
        id (str): The identifier of the record in the external system. Always serialized as a string, since some
            external IDs exceed 32-bit integer range. Example: 3633338.
        type_ (str): The type of external system the reference points to. Possible values include `zendesk_ticket`,
            `zendesk_sunshine_conversation`, `salesforce_case`, `salesforce_in_app_message_conversation`,
            `freshdesk_ticket`, `freshchat_conversation`, `hubspot_conversation`, `custom_helpdesk_conversation`,
            `api_conversation`. Example: zendesk_ticket.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: str
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ConversationExternalReference,
    id=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True),
)
