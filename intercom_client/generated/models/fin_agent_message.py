# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

import datetime
from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fin_agent_message_author import FinAgentMessageAuthor
from ..types import UNSET, DecodingIssue, Field, Model, Unset, check_str, parse_datetime, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class FinAgentMessage(Model):
    """A message exchanged within a Fin Agent conversation.

    Attributes:
        author (FinAgentMessageAuthor): The author that created the message. Example: user.
        body (str): The body of the message. Accepts both plain text and HTML format.
            When sending a message to Fin, this should contain the user's message.
            Fin's response will be returned as HTML. Example: How can I see my account details?.
        timestamp (datetime.datetime | Unset | None): The timestamp when the message was created.
            Used to deduplicate messages sent within a 5 minute window.
            Ideally should include milliseconds for higher precision. Example: 2025-01-24T10:01:20.000Z.
        timestamp_ms (datetime.datetime | Unset | None): The timestamp when the message was created, with millisecond
            precision.
            Only present in event responses (fin_replied). Example: 2025-01-24T10:01:20.456Z.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    author: FinAgentMessageAuthor
    body: str
    timestamp: datetime.datetime | Unset | None = UNSET
    timestamp_ms: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class FinAgentMessageDict(TypedDict, total=False):
    """:class:`FinAgentMessage` written as a dict literal (JSON field names), e.g. as a request body."""

    author: Required[FinAgentMessageAuthor]
    body: Required[str]
    timestamp: str
    timestamp_ms: str


sent_fields(
    FinAgentMessage,
    author=Field(check_str, required=True),
    body=Field(check_str, required=True),
    timestamp=parse_datetime,
    timestamp_ms=parse_datetime,
)
