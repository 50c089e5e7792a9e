# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.fin_agent_csat_requested_event_event_name import (
    FinAgentCsatRequestedEventEventName,
)
from ..types import DecodingIssue, Field, Model, ModelRef, check_str, parse_datetime, sent_fields

if TYPE_CHECKING:
    from ..models.fin_agent_csat_requested_event_csat import (
        FinAgentCsatRequestedEventCsat,
        FinAgentCsatRequestedEventCsatDict,
    )


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class FinAgentCsatRequestedEvent(Model):
    """Event fired when Fin asks the user to rate the conversation.
    Delivered via webhooks or SSE. Carries the rating options to present to the user; submit
    the user's choice with POST /fin/csat. Unlike the reply events it has no message — a
    rating survey is a set of options to choose from, not readable text.
    Over SSE this event arrives after Fin reaches 'complete'. Because a survey is expected,
    'complete' does not close the stream: the connection is held open so this event can be
    delivered, and the token is revoked once it is sent.

    Attributes:
        conversation_id (str): The ID of the conversation. Example: 123456.
        created_at_ms (datetime.datetime): The timestamp the event was created at, with millisecond precision. Example:
            2025-01-24T10:00:00.123Z.
        csat (FinAgentCsatRequestedEventCsat): The rating survey to present to the user. Example: {'options': [{'emoji':
            '😃', 'key': 'good', 'label': 'Great'}, {'emoji': '🤩', 'key': 'amazing', 'label': 'Amazing'}]}.
        event_name (FinAgentCsatRequestedEventEventName): The name of the event. Example: csat_requested.
        user_id (str): The ID of the user. Example: 7891.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    conversation_id: str
    created_at_ms: datetime.datetime
    csat: FinAgentCsatRequestedEventCsat
    event_name: FinAgentCsatRequestedEventEventName = "csat_requested"
    user_id: str
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class FinAgentCsatRequestedEventDict(TypedDict, total=False):
    """:class:`FinAgentCsatRequestedEvent` written as a dict literal (JSON field names), e.g. as a request body."""

    conversation_id: Required[str]
    created_at_ms: Required[str]
    csat: Required[FinAgentCsatRequestedEventCsatDict]
    event_name: FinAgentCsatRequestedEventEventName
    user_id: Required[str]


sent_fields(
    FinAgentCsatRequestedEvent,
    conversation_id=Field(check_str, required=True),
    created_at_ms=Field(parse_datetime, required=True),
    csat=Field(ModelRef(models, "FinAgentCsatRequestedEventCsat"), required=True),
    event_name=Field(check_str, required=True, const="csat_requested"),
    user_id=Field(check_str, required=True),
)
