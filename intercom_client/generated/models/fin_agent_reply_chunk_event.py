# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

import datetime
from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fin_agent_reply_chunk_event_event_name import (
    FinAgentReplyChunkEventEventName,
)
from ..models.fin_agent_reply_chunk_event_status import (
    FinAgentReplyChunkEventStatus,
)
from ..types import UNSET, DecodingIssue, Field, Model, Unset, check_int, check_str, parse_datetime, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class FinAgentReplyChunkEvent(Model):
    """SSE-only event fired during streaming reply generation.
    Each chunk contains the full accumulated plain text of Fin's answer so far (cumulative, not a delta).
    Only delivered over SSE when streaming is enabled. Not available via webhooks.
    When the fin_replied event arrives with the same stream_id, replace streamed text with the final HTML body.

    Attributes:
        chunk_index (int): 0-based counter for this chunk within the stream. Contiguous. Example: 3.
        chunk_text (str): The full accumulated plain text of Fin's answer so far.
            Each chunk supersedes the previous — replace rather than append. Example: You can see your account details by
            clicking.
        conversation_id (str): The ID of the conversation. Example: 123456.
        created_at_ms (datetime.datetime): The timestamp the event was created at, with millisecond precision. Example:
            2025-01-24T10:00:00.123Z.
        event_name (FinAgentReplyChunkEventEventName): The name of the event. Example: fin_reply_chunk.
        stream_id (str): A unique identifier for this streaming response.
            Correlates chunks with each other and with the eventual fin_replied event. Example:
            a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4.
        status (FinAgentReplyChunkEventStatus | Unset | None): Fin's current status (always 'replying' for this event).
            Example: replying.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    chunk_index: int
    chunk_text: str
    conversation_id: str
    created_at_ms: datetime.datetime
    event_name: FinAgentReplyChunkEventEventName = "fin_reply_chunk"
    stream_id: str
    status: FinAgentReplyChunkEventStatus | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class FinAgentReplyChunkEventDict(TypedDict, total=False):
    """:class:`FinAgentReplyChunkEvent` written as a dict literal (JSON field names), e.g. as a request body."""

    chunk_index: Required[int]
    chunk_text: Required[str]
    conversation_id: Required[str]
    created_at_ms: Required[str]
    event_name: FinAgentReplyChunkEventEventName
    stream_id: Required[str]
    status: FinAgentReplyChunkEventStatus


sent_fields(
    FinAgentReplyChunkEvent,
    chunk_index=Field(check_int, required=True),
    chunk_text=Field(check_str, required=True),
    conversation_id=Field(check_str, required=True),
    created_at_ms=Field(parse_datetime, required=True),
    event_name=Field(check_str, required=True, const="fin_reply_chunk"),
    stream_id=Field(check_str, required=True),
    status=Field(check_str, const="replying"),
)
