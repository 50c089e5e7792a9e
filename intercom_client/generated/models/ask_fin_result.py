# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.ask_fin_result_status import AskFinResultStatus
from ..types import DecodingIssue, Model, ModelRef, check_str, parse_datetime, received_fields

if TYPE_CHECKING:
    from ..models.fin_agent_attribute_errors import FinAgentAttributeErrors


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class AskFinResult(Model):
    """
    Attributes:
        conversation_id (str | None): The external ID of the conversation. Example: ext-123.
        created_at_ms (datetime.datetime | None): The timestamp the response was created at, with millisecond precision.
            Example: 2025-01-24T10:00:00.123Z.
        errors (FinAgentAttributeErrors | None): Contains error details if any user or conversation attribute updates
            failed.
        sse_subscription_url (str | None): Optional. A URL to subscribe to Server-Sent Events (SSE) for this
            conversation, if SSE is enabled. The access token is a JWT with a 3-minute TTL. The token is revoked when Fin
            sets the conversation to complete status. When CSAT is enabled and a survey will follow the resolution,
            `complete` revocation is deferred until the `csat_requested` event is delivered or the token expires. Example:
            https://primary-realtime.intercom-messenger.com/event-
            stream?channels=fin_agent_api:app123:ext-123&accessToken=eyJhbG...&rewind=2m.
        status (AskFinResultStatus | None): Fin's current status in the conversation workflow. Example: thinking.
        user_id (str | None): The ID of the user. Example: user-456.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    conversation_id: str | None = None
    created_at_ms: datetime.datetime | None = None
    errors: FinAgentAttributeErrors | None = None
    sse_subscription_url: str | None = None
    status: AskFinResultStatus | None = None
    user_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    AskFinResult,
    conversation_id=check_str,
    created_at_ms=parse_datetime,
    errors=ModelRef(models, "FinAgentAttributeErrors"),
    sse_subscription_url=check_str,
    status=check_str,
    user_id=check_str,
)
