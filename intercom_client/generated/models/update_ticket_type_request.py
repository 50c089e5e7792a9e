# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_ticket_type_request_category import (
    UpdateTicketTypeRequestCategory,
)
from ..types import UNSET, DecodingIssue, Model, Unset, check_bool, check_str, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class UpdateTicketTypeRequest(Model):
    """The request payload for updating a ticket type.
    You can copy the `icon` property for your ticket type from [Twemoji Cheatsheet](https://twemoji-
    cheatsheet.vercel.app/)

    Attributes:
        archived (bool | Unset | None): The archived status of the ticket type. Example: False.
        category (UpdateTicketTypeRequestCategory | Unset | None): Category of the Ticket Type. Example: Customer.
        description (str | Unset | None): The description of the ticket type. Example: A bug has been occured.
        icon (str | Unset | None): The icon of the ticket type. Default: '🎟️'. Example: 🐞.
        is_internal (bool | Unset | None): Whether the tickets associated with this ticket type are intended for
            internal use only or will be shared with customers. This is currently a limited attribute. Default: False.
            Example: False.
        name (str | Unset | None): The name of the ticket type. Example: Bug.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    archived: bool | Unset | None = UNSET
    category: UpdateTicketTypeRequestCategory | Unset | None = UNSET
    description: str | Unset | None = UNSET
    icon: str | Unset | None = UNSET
    is_internal: bool | Unset | None = UNSET
    name: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class UpdateTicketTypeRequestDict(TypedDict, total=False):
    """:class:`UpdateTicketTypeRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    archived: bool
    category: UpdateTicketTypeRequestCategory
    description: str
    icon: str
    is_internal: bool
    name: str


sent_fields(
    UpdateTicketTypeRequest,
    archived=check_bool,
    category=check_str,
    description=check_str,
    icon=check_str,
    is_internal=check_bool,
    name=check_str,
)
