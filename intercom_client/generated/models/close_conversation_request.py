# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.close_conversation_request_message_type import (
    CloseConversationRequestMessageType,
)
from ..models.close_conversation_request_type import CloseConversationRequestType
from ..types import UNSET, DecodingIssue, Field, Model, Unset, check_str, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CloseConversationRequest(Model):
    """Payload of the request to close a conversation

    Attributes:
        admin_id (str): The id of the admin who is performing the action. Example: 12345.
        message_type (CloseConversationRequestMessageType):  Example: close.
        type_ (CloseConversationRequestType):  Example: admin.
        body (str | Unset | None): Optionally you can leave a message in the conversation to provide additional context
            to the user and other teammates. Example:  This conversation is now closed!.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    admin_id: str
    message_type: CloseConversationRequestMessageType = "close"
    type_: CloseConversationRequestType = "admin"
    body: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class CloseConversationRequestDict(TypedDict, total=False):
    """:class:`CloseConversationRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    admin_id: Required[str]
    message_type: CloseConversationRequestMessageType
    type: CloseConversationRequestType
    body: str


sent_fields(
    CloseConversationRequest,
    admin_id=Field(check_str, required=True),
    message_type=Field(check_str, required=True, const="close"),
    type_=Field(check_str, json="type", required=True, const="admin"),
    body=check_str,
)
