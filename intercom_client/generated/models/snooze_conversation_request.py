# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.snooze_conversation_request_message_type import (
    SnoozeConversationRequestMessageType,
)
from ..types import DecodingIssue, Field, Model, check_int, check_str, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class SnoozeConversationRequest(Model):
    """Payload of the request to snooze a conversation

    Attributes:
        admin_id (str): The id of the admin who is performing the action. Example: 5017691.
        message_type (SnoozeConversationRequestMessageType):  Example: snoozed.
        snoozed_until (int): The time you want the conversation to reopen. Example: 1673609604.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    admin_id: str
    message_type: SnoozeConversationRequestMessageType = "snoozed"
    snoozed_until: int
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class SnoozeConversationRequestDict(TypedDict, total=False):
    """:class:`SnoozeConversationRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    admin_id: Required[str]
    message_type: SnoozeConversationRequestMessageType
    snoozed_until: Required[int]


sent_fields(
    SnoozeConversationRequest,
    admin_id=Field(check_str, required=True),
    message_type=Field(check_str, required=True, const="snoozed"),
    snoozed_until=Field(check_int, required=True),
)
