# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.redact_conversation_request_redact_conversation_source_request_type import (
    RedactConversationRequestRedactConversationSourceRequestType,
)
from ..types import DecodingIssue, Field, Model, check_str, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class RedactConversationRequestRedactConversationSourceRequest(Model):
    """Payload of the request to redact a conversation source

    Attributes:
        conversation_id (str): The id of the conversation. Example: 19894788788.
        source_id (str): The id of the source. Example: 19894781231.
        type_ (RedactConversationRequestRedactConversationSourceRequestType): The type of resource being redacted.
            Example: source.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    conversation_id: str
    source_id: str
    type_: RedactConversationRequestRedactConversationSourceRequestType = "source"
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class RedactConversationRequestRedactConversationSourceRequestDict(TypedDict, total=False):
    """:class:`RedactConversationRequestRedactConversationSourceRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    conversation_id: Required[str]
    source_id: Required[str]
    type: RedactConversationRequestRedactConversationSourceRequestType


sent_fields(
    RedactConversationRequestRedactConversationSourceRequest,
    conversation_id=Field(check_str, required=True),
    source_id=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True, const="source"),
)
