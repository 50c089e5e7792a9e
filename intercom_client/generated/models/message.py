# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_message_type import MessageMessageType
from ..types import DecodingIssue, Field, Model, check_int, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class Message(Model):
    """Message are how you reach out to contacts in Intercom. They are created when an admin sends an outbound message to a
    contact.

    Attributes:
        body (str): The message body, which may contain HTML. Example: Hello.
        created_at (int): The time the conversation was created. Example: 1667560812.
        id (str): The id representing the message. Example: 1488971108.
        message_type (MessageMessageType): The type of message that was sent. Can be email, inapp, facebook, twitter,
            sms or whatsapp. Example: inapp.
        type_ (str): The type of the message Example: user_message.
        conversation_id (str | None): The associated conversation_id Example: 64619700005570.
        subject (str | None): The subject of the message. Only present if message_type: email. Example: Greetings.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    body: str
    created_at: int
    id: str
    message_type: MessageMessageType
    type_: str
    conversation_id: str | None = None
    subject: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    Message,
    body=Field(check_str, required=True),
    created_at=Field(check_int, required=True),
    id=Field(check_str, required=True),
    message_type=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True),
    conversation_id=check_str,
    subject=check_str,
)
