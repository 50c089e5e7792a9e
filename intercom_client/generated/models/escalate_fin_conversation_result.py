# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.escalate_fin_conversation_result_status import (
    EscalateFinConversationResultStatus,
)
from ..types import DecodingIssue, Field, Model, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class EscalateFinConversationResult(Model):
    """
    Attributes:
        conversation_id (str | None): The external ID of the conversation. Returned when you escalate an existing
            conversation by `conversation_id` (echoed back). When you escalate a `user`, a new conversation is created and
            only `intercom_conversation_id` is returned. Example: ext-123.
        intercom_conversation_id (str | None): The internal Intercom conversation ID. Returned when a new conversation
            was created for the escalation. Example: 987654321.
        sse_subscription_url (str | None): Optional. A URL to subscribe to Server-Sent Events (SSE) for this
            conversation, if SSE is enabled. The access token is a JWT with a 3-minute TTL. The token is revoked when Fin
            sets the conversation to complete status. When CSAT is enabled and a survey will follow the resolution,
            `complete` revocation is deferred until the `csat_requested` event is delivered or the token expires. Includes a
            `rewind` window so a subscriber that connects after the escalation is processed can still receive the
            `escalated` and `complete` events. Example: https://primary-realtime.intercom-messenger.com/event-
            stream?channels=fin_agent_api:app123:ext-123&accessToken=eyJhbG...&rewind=2m.
        status (EscalateFinConversationResultStatus | None): The resulting status of the conversation. Example:
            escalated.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    conversation_id: str | None = None
    intercom_conversation_id: str | None = None
    sse_subscription_url: str | None = None
    status: EscalateFinConversationResultStatus | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    EscalateFinConversationResult,
    conversation_id=check_str,
    intercom_conversation_id=check_str,
    sse_subscription_url=check_str,
    status=Field(check_str, const="escalated"),
)
