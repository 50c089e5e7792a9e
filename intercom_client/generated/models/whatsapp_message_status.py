# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.whatsapp_message_status_status import WhatsappMessageStatusStatus
from ..types import DecodingIssue, Field, Model, ModelRef, check_int, check_str, received_fields

if TYPE_CHECKING:
    from ..models.whatsapp_message_status_error import WhatsappMessageStatusError


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class WhatsappMessageStatus(Model):
    """The delivery status of a specific WhatsApp message.

    Attributes:
        conversation_id (str | None): ID of the conversation Example: 123456789.
        created_at (int | None): Creation timestamp Example: 1734537980.
        error (WhatsappMessageStatusError | None):
        message_id (str | None): The WhatsApp message ID Example: wamid_abc123.
        status (WhatsappMessageStatusStatus | None): Current delivery status of the message Example: delivered.
        template_name (str | None): Name of the WhatsApp template used Example: appointment_reminder.
        type_ (str | None): Event type Example: broadcast_outbound.
        updated_at (int | None): Last update timestamp Example: 1734538000.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    conversation_id: str | None = None
    created_at: int | None = None
    error: WhatsappMessageStatusError | None = None
    message_id: str | None = None
    status: WhatsappMessageStatusStatus | None = None
    template_name: str | None = None
    type_: str | None = None
    updated_at: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    WhatsappMessageStatus,
    conversation_id=check_str,
    created_at=check_int,
    error=ModelRef(models, "WhatsappMessageStatusError"),
    message_id=check_str,
    status=check_str,
    template_name=check_str,
    type_=Field(check_str, json="type"),
    updated_at=check_int,
)
