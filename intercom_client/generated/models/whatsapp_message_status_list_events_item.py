# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.whatsapp_message_status_list_events_item_status import (
    WhatsappMessageStatusListEventsItemStatus,
)
from ..models.whatsapp_message_status_list_events_item_type import (
    WhatsappMessageStatusListEventsItemType,
)
from ..types import DecodingIssue, Field, Model, check_int, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class WhatsappMessageStatusListEventsItem(Model):
    """
    Attributes:
        conversation_id (str): ID of the conversation
        created_at (int): Creation timestamp
        id (str): Event ID
        status (WhatsappMessageStatusListEventsItemStatus): Current status of the message
        type_ (WhatsappMessageStatusListEventsItemType): Event type
        updated_at (int): Last update timestamp
        whatsapp_message_id (str): WhatsApp's message identifier
        template_name (str | None): Name of the WhatsApp template used
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    conversation_id: str
    created_at: int
    id: str
    status: WhatsappMessageStatusListEventsItemStatus
    type_: WhatsappMessageStatusListEventsItemType
    updated_at: int
    whatsapp_message_id: str
    template_name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    WhatsappMessageStatusListEventsItem,
    conversation_id=Field(check_str, required=True),
    created_at=Field(check_int, required=True),
    id=Field(check_str, required=True),
    status=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True, const="broadcast_outbound"),
    updated_at=Field(check_int, required=True),
    whatsapp_message_id=Field(check_str, required=True),
    template_name=check_str,
)
