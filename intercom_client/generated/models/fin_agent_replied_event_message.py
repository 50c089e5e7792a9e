# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

import datetime
from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.fin_agent_replied_event_message_author import (
    FinAgentRepliedEventMessageAuthor,
)
from ..types import UNSET, DecodingIssue, Field, Model, Unset, check_str, parse_datetime, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class FinAgentRepliedEventMessage(Model):
    """Fin's answer to the user's query.

    Attributes:
        author (FinAgentRepliedEventMessageAuthor): The author of the message (always 'fin' for this event). Example:
            fin.
        body (str): The HTML body of Fin's response. Example: ``<p>You can see your account details by clicking on the
            <em>Account</em> tab in the top right corner of the screen.</p>``.
        timestamp_ms (datetime.datetime): The timestamp the message was created at, with millisecond precision. Example:
            2025-01-24T09:01:00.456Z.
        id (str | Unset | None): A unique identifier for this message. Example: 98765.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    author: FinAgentRepliedEventMessageAuthor = "fin"
    body: str
    timestamp_ms: datetime.datetime
    id: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class FinAgentRepliedEventMessageDict(TypedDict, total=False):
    """:class:`FinAgentRepliedEventMessage` written as a dict literal (JSON field names), e.g. as a request body."""

    author: FinAgentRepliedEventMessageAuthor
    body: Required[str]
    timestamp_ms: Required[str]
    id: str


sent_fields(
    FinAgentRepliedEventMessage,
    author=Field(check_str, required=True, const="fin"),
    body=Field(check_str, required=True),
    timestamp_ms=Field(parse_datetime, required=True),
    id=check_str,
)
