# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.fin_agent_replied_event_event_name import (
    FinAgentRepliedEventEventName,
)
from ..models.fin_agent_replied_event_status import FinAgentRepliedEventStatus
from ..types import UNSET, DecodingIssue, Field, Model, ModelRef, Unset, check_str, parse_datetime, sent_fields

if TYPE_CHECKING:
    from ..models.fin_agent_replied_event_message import FinAgentRepliedEventMessage, FinAgentRepliedEventMessageDict


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class FinAgentRepliedEvent(Model):
    """Event fired when Fin replies to a user.
    The content of the response will be contained in the message object.
    Intermediate replies have status 'replying'; a separate fin_status_updated
    event with 'awaiting_user_reply' fires once Fin's reply is done.

    Attributes:
        conversation_id (str): The ID of the conversation. Example: 123456.
        created_at_ms (datetime.datetime): The timestamp the event was created at, with millisecond precision. Example:
            2025-01-24T10:00:00.123Z.
        event_name (FinAgentRepliedEventEventName): The name of the event. Example: fin_replied.
        message (FinAgentRepliedEventMessage): Fin's answer to the user's query.
        status (FinAgentRepliedEventStatus): Fin's current status.
            - replying: Intermediate reply part; more parts may follow
            - awaiting_user_reply: Legacy status; instead use the fin_status_updated event with 'awaiting_user_reply', which
            fires once Fin's reply is done Example: replying.
        user_id (str): The ID of the user. Example: 7891.
        stream_id (str | Unset | None): Optional. Present when the reply was generated via streaming.
            Correlates this event with the fin_reply_chunk events that preceded it.
            Use this to know when to replace streamed chunk_text with the final message body. Example:
            a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    conversation_id: str
    created_at_ms: datetime.datetime
    event_name: FinAgentRepliedEventEventName = "fin_replied"
    message: FinAgentRepliedEventMessage
    status: FinAgentRepliedEventStatus
    user_id: str
    stream_id: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class FinAgentRepliedEventDict(TypedDict, total=False):
    """:class:`FinAgentRepliedEvent` written as a dict literal (JSON field names), e.g. as a request body."""

    conversation_id: Required[str]
    created_at_ms: Required[str]
    event_name: FinAgentRepliedEventEventName
    message: Required[FinAgentRepliedEventMessageDict]
    status: Required[FinAgentRepliedEventStatus]
    user_id: Required[str]
    stream_id: str


sent_fields(
    FinAgentRepliedEvent,
    conversation_id=Field(check_str, required=True),
    created_at_ms=Field(parse_datetime, required=True),
    event_name=Field(check_str, required=True, const="fin_replied"),
    message=Field(ModelRef(models, "FinAgentRepliedEventMessage"), required=True),
    status=Field(check_str, required=True),
    user_id=Field(check_str, required=True),
    stream_id=check_str,
)
