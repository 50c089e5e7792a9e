# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import UNSET, DecodingIssue, Field, Model, ModelRef, Unset, check_str, sent_fields

if TYPE_CHECKING:
    from ..models.change_ticket_type_request_ticket_attributes import ChangeTicketTypeRequestTicketAttributes


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ChangeTicketTypeRequest(Model):
    """You can change the type of a Ticket

    Attributes:
        ticket_state_id (str): The ID of the ticket state for the new ticket type. Example: 5678.
        ticket_type_id (str): The ID of the new ticket type. Must be in the same category as the current type. Example:
            1234.
        ticket_attributes (ChangeTicketTypeRequestTicketAttributes | Unset | None): The attributes to set on the ticket
            for the new type. Attributes matching by name and type are transferred automatically from the old type; values
            provided here override the transferred values. Example: {'_default_description_': 'having a problem',
            '_default_title_': 'example'}.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    ticket_state_id: str
    ticket_type_id: str
    ticket_attributes: ChangeTicketTypeRequestTicketAttributes | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class ChangeTicketTypeRequestDict(TypedDict, total=False):
    """:class:`ChangeTicketTypeRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    ticket_state_id: Required[str]
    ticket_type_id: Required[str]
    ticket_attributes: Mapping[str, Any]


sent_fields(
    ChangeTicketTypeRequest,
    ticket_state_id=Field(check_str, required=True),
    ticket_type_id=Field(check_str, required=True),
    ticket_attributes=ModelRef(models, "ChangeTicketTypeRequestTicketAttributes"),
)
