# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.open_conversation_request_message_type import (
    OpenConversationRequestMessageType,
)
from ..types import DecodingIssue, Field, Model, check_str, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class OpenConversationRequest(Model):
    """Payload of the request to open a conversation

    Attributes:
        admin_id (str): The id of the admin who is performing the action. Example: 5017690.
        message_type (OpenConversationRequestMessageType):  Example: open.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    admin_id: str
    message_type: OpenConversationRequestMessageType = "open"
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class OpenConversationRequestDict(TypedDict, total=False):
    """:class:`OpenConversationRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    admin_id: Required[str]
    message_type: OpenConversationRequestMessageType


sent_fields(
    OpenConversationRequest,
    admin_id=Field(check_str, required=True),
    message_type=Field(check_str, required=True, const="open"),
)
