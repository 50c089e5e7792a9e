# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.ticket_contacts_type import TicketContactsType
from ..types import DecodingIssue, Field, Model, ModelRef, check_str, list_of, received_fields

if TYPE_CHECKING:
    from ..models.contact_reference import ContactReference


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class TicketContacts(Model):
    """The list of contacts affected by a ticket.

    Attributes:
        contacts (list[ContactReference] | None): The list of contacts affected by this ticket.
        type_ (TicketContactsType | None): always contact.list Example: contact.list.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    contacts: list[ContactReference] | None = None
    type_: TicketContactsType | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    TicketContacts,
    contacts=list_of(ModelRef(models, "ContactReference")),
    type_=Field(check_str, json="type", const="contact.list"),
)
