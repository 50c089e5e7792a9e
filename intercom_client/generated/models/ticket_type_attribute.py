# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import (
    DecodingIssue,
    Field,
    Model,
    ModelRef,
    check_bool,
    check_int,
    check_str,
    received_fields,
)

if TYPE_CHECKING:
    from ..models.ticket_type_attribute_input_options import TicketTypeAttributeInputOptions


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class TicketTypeAttribute(Model):
    """Ticket type attribute, used to define each data field to be captured in a ticket.

    Attributes:
        id (str): The id representing the ticket type attribute. Example: 1.
        type_ (str): String representing the object's type. Always has the value `ticket_type_attribute`. Example:
            ticket_type_attribute.
        archived (bool | None): Whether the ticket type attribute is archived or not. Example: False.
        created_at (int | None): The date and time the ticket type attribute was created.
        data_type (str | None): The type of the data attribute (allowed values: "string list integer decimal boolean
            datetime files") Example: string.
        default (bool | None): Whether the attribute is built in or not. Example: True.
        description (str | None): The description of the ticket type attribute Example: Bug title..
        input_options (TicketTypeAttributeInputOptions | None): Input options for the attribute Example: multiline:
            true.
        name (str | None): The name of the ticket type attribute Example: Title.
        order (int | None): The order of the attribute against other attributes Example: 1.
        required_to_create (bool | None): Whether the attribute is required or not for teammates. Default: False.
            Example: False.
        required_to_create_for_contacts (bool | None): Whether the attribute is required or not for contacts. Default:
            False. Example: False.
        ticket_type_id (int | None): The id of the ticket type that the attribute belongs to. Example: 42.
        updated_at (int | None): The date and time the ticket type attribute was last updated.
        visible_on_create (bool | None): Whether the attribute is visible or not to teammates. Default: True. Example:
            False.
        visible_to_contacts (bool | None): Whether the attribute is visible or not to contacts. Default: True. Example:
            False.
        workspace_id (str | None): The id of the workspace that the ticket type attribute belongs to. Example: ecahpwf5.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: str
    archived: bool | None = None
    created_at: int | None = None
    data_type: str | None = None
    default: bool | None = None
    description: str | None = None
    input_options: TicketTypeAttributeInputOptions | None = None
    name: str | None = None
    order: int | None = None
    required_to_create: bool | None = None
    required_to_create_for_contacts: bool | None = None
    ticket_type_id: int | None = None
    updated_at: int | None = None
    visible_on_create: bool | None = None
    visible_to_contacts: bool | None = None
    workspace_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    TicketTypeAttribute,
    id=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True),
    archived=check_bool,
    created_at=check_int,
    data_type=check_str,
    default=check_bool,
    description=check_str,
    input_options=ModelRef(models, "TicketTypeAttributeInputOptions"),
    name=check_str,
    order=check_int,
    required_to_create=check_bool,
    required_to_create_for_contacts=check_bool,
    ticket_type_id=check_int,
    updated_at=check_int,
    visible_on_create=check_bool,
    visible_to_contacts=check_bool,
    workspace_id=check_str,
)
