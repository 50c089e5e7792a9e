# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

import datetime
from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fin_agent_status_updated_event_event_name import (
    FinAgentStatusUpdatedEventEventName,
)
from ..models.fin_agent_status_updated_event_status import (
    FinAgentStatusUpdatedEventStatus,
)
from ..types import UNSET, DecodingIssue, Field, Model, Unset, check_str, parse_datetime, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class FinAgentStatusUpdatedEvent(Model):
    """Event fired when Fin's status changes during a conversation.
    Fin will report its status to the client via this event.

    Attributes:
        conversation_id (str): The ID of the conversation. Example: 123456.
        created_at_ms (datetime.datetime): The timestamp the event was created at, with millisecond precision. Example:
            2025-01-24T10:00:00.123Z.
        event_name (FinAgentStatusUpdatedEventEventName): The name of the event. Example: fin_status_updated.
        status (FinAgentStatusUpdatedEventStatus): Fin's current status.
            - awaiting_user_reply: Fin has finished replying and is waiting for the user to respond
            - escalated: The conversation has been escalated to a human
            - resolved: The user's query has been resolved
            - complete: Fin has completed its workflow. When CSAT is enabled a csat_requested event may follow, in which
            case the SSE stream is held open past complete until it is delivered or the token expires Example: escalated.
        user_id (str): The ID of the user. Example: 7891.
        reason (str | Unset | None): Optional. A human-readable explanation of why the conversation was escalated.
            Only present when status is 'escalated'.
            Possible values include:
            - "Escalation requested by user"
            - "Escalation rule: {rule_name}"
            - "Escalation rule matched"
            - "Routed to team"
            - "Conversation finished without resolution" Example: Escalation requested by user.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    conversation_id: str
    created_at_ms: datetime.datetime
    event_name: FinAgentStatusUpdatedEventEventName = "fin_status_updated"
    status: FinAgentStatusUpdatedEventStatus
    user_id: str
    reason: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class FinAgentStatusUpdatedEventDict(TypedDict, total=False):
    """:class:`FinAgentStatusUpdatedEvent` written as a dict literal (JSON field names), e.g. as a request body."""

    conversation_id: Required[str]
    created_at_ms: Required[str]
    event_name: FinAgentStatusUpdatedEventEventName
    status: Required[FinAgentStatusUpdatedEventStatus]
    user_id: Required[str]
    reason: str


sent_fields(
    FinAgentStatusUpdatedEvent,
    conversation_id=Field(check_str, required=True),
    created_at_ms=Field(parse_datetime, required=True),
    event_name=Field(check_str, required=True, const="fin_status_updated"),
    status=Field(check_str, required=True),
    user_id=Field(check_str, required=True),
    reason=check_str,
)
