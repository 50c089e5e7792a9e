# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodingIssue, Model, Unset, check_bool, check_str, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class UpdateTicketTypeAttributeRequest(Model):
    """You can update a Ticket Type Attribute

    Attributes:
        allow_multiple_values (bool | Unset | None): Whether the attribute allows multiple files to be attached to it
            (only applicable to file attributes) Example: False.
        archived (bool | Unset | None): Whether the attribute should be archived and not shown during creation of the
            ticket (it will still be present on previously created tickets) Example: False.
        description (str | Unset | None): The description of the attribute presented to the teammate or contact Example:
            Priority level of the bug.
        list_items (str | Unset | None): A comma delimited list of items for the attribute value (only applicable to
            list attributes) Example: Low Priority,Medium Priority,High Priority.
        multiline (bool | Unset | None): Whether the attribute allows multiple lines of text (only applicable to string
            attributes) Example: False.
        name (str | Unset | None): The name of the ticket type attribute Example: Bug Priority.
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

    allow_multiple_values: bool | Unset | None = UNSET
    archived: bool | Unset | None = UNSET
    description: str | Unset | None = UNSET
    list_items: str | Unset | None = UNSET
    multiline: bool | Unset | None = UNSET
    name: str | Unset | None = UNSET
    required_to_create: bool | Unset | None = UNSET
    required_to_create_for_contacts: bool | Unset | None = UNSET
    visible_on_create: bool | Unset | None = UNSET
    visible_to_contacts: bool | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class UpdateTicketTypeAttributeRequestDict(TypedDict, total=False):
    """:class:`UpdateTicketTypeAttributeRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    allow_multiple_values: bool
    archived: bool
    description: str
    list_items: str
    multiline: bool
    name: str
    required_to_create: bool
    required_to_create_for_contacts: bool
    visible_on_create: bool
    visible_to_contacts: bool


sent_fields(
    UpdateTicketTypeAttributeRequest,
    allow_multiple_values=check_bool,
    archived=check_bool,
    description=check_str,
    list_items=check_str,
    multiline=check_bool,
    name=check_str,
    required_to_create=check_bool,
    required_to_create_for_contacts=check_bool,
    visible_on_create=check_bool,
    visible_to_contacts=check_bool,
)
