# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.redact_conversation_request_redact_conversation_part_request_type import (
    RedactConversationRequestRedactConversationPartRequestType,
)
from ..types import DecodingIssue, Field, Model, check_str, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class RedactConversationRequestRedactConversationPartRequest(Model):
    """Payload of the request to redact a conversation part

    Attributes:
        conversation_id (str): The id of the conversation. Example: 19894788788.
        conversation_part_id (str): The id of the conversation_part. Example: 19381789428.
        type_ (RedactConversationRequestRedactConversationPartRequestType): The type of resource being redacted.
            Example: conversation_part.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    conversation_id: str
    conversation_part_id: str
    type_: RedactConversationRequestRedactConversationPartRequestType = "conversation_part"
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class RedactConversationRequestRedactConversationPartRequestDict(TypedDict, total=False):
    """:class:`RedactConversationRequestRedactConversationPartRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    conversation_id: Required[str]
    conversation_part_id: Required[str]
    type: RedactConversationRequestRedactConversationPartRequestType


sent_fields(
    RedactConversationRequestRedactConversationPartRequest,
    conversation_id=Field(check_str, required=True),
    conversation_part_id=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True, const="conversation_part"),
)
