# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_ticket_type_attribute_request_data_type import (
    CreateTicketTypeAttributeRequestDataType,
)
from ..types import UNSET, DecodingIssue, Field, Model, Unset, check_bool, check_str, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CreateTicketTypeAttributeRequest(Model):
    """You can create a Ticket Type Attribute

    Attributes:
        data_type (CreateTicketTypeAttributeRequestDataType): The data type of the attribute Example: string.
        description (str): The description of the attribute presented to the teammate or contact Example: Priority level
            of the bug.
        name (str): The name of the ticket type attribute Example: Bug Priority.
        allow_multiple_values (bool | Unset | None): Whether the attribute allows multiple files to be attached to it
            (only applicable to file attributes) Example: False.
        list_items (str | Unset | None): A comma delimited list of items for the attribute value (only applicable to
            list attributes) Example: Low Priority,Medium Priority,High Priority.
        multiline (bool | Unset | None): Whether the attribute allows multiple lines of text (only applicable to string
            attributes) Example: False.
        required_to_create (bool | Unset | None): Whether the attribute is required to be filled in when teammates are
            creating the ticket in Inbox. Default: False. Example: False.
        required_to_create_for_contacts (bool | Unset | None): Whether the attribute is required to be filled in when
            contacts are creating the ticket in Messenger. Default: False. Example: False.
        visible_on_create (bool | Unset | None): Whether the attribute is visible to teammates when creating a ticket in
            Inbox. Default: True. Example: True.
        visible_to_contacts (bool | Unset | None): Whether the attribute is visible to contacts when creating a ticket
            in Messenger. Default: True. Example: True.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    data_type: CreateTicketTypeAttributeRequestDataType
    description: str
    name: str
    allow_multiple_values: bool | Unset | None = UNSET
    list_items: str | Unset | None = UNSET
    multiline: bool | Unset | None = UNSET
    required_to_create: bool | Unset | None = UNSET
    required_to_create_for_contacts: bool | Unset | None = UNSET
    visible_on_create: bool | Unset | None = UNSET
    visible_to_contacts: bool | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class CreateTicketTypeAttributeRequestDict(TypedDict, total=False):
    """:class:`CreateTicketTypeAttributeRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    data_type: Required[CreateTicketTypeAttributeRequestDataType]
    description: Required[str]
    name: Required[str]
    allow_multiple_values: bool
    list_items: str
    multiline: bool
    required_to_create: bool
    required_to_create_for_contacts: bool
    visible_on_create: bool
    visible_to_contacts: bool


sent_fields(
    CreateTicketTypeAttributeRequest,
    data_type=Field(check_str, required=True),
    description=Field(check_str, required=True),
    name=Field(check_str, required=True),
    allow_multiple_values=check_bool,
    list_items=check_str,
    multiline=check_bool,
    required_to_create=check_bool,
    required_to_create_for_contacts=check_bool,
    visible_on_create=check_bool,
    visible_to_contacts=check_bool,
)
