# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodingIssue, Model, Unset, check_bool, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class FinAgentSettings(Model):
    """Optional settings to control Fin's behaviour for this request.

    Attributes:
        email (bool | Unset | None): When `true`, Fin formats its replies as email-style responses, suitable for sending
            directly to users via email. This adjusts tone and structure to match email conventions
            rather than chat.

            Defaults to `false`, which produces chat-style responses. Default: False. Example: True.
        follow_up_questions (bool | Unset | None): When `true` (default), Fin may ask clarifying questions and escalate
            to a human agent
            as needed.

            When `false`, Fin operates in non-conversational mode: it will not ask follow-up
            questions and will not escalate to a human agent. Use this when you want Fin to respond
            with a single, self-contained answer — for example, in asynchronous channels where
            back-and-forth conversation is not practical. Default: True. Example: True.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    email: bool | Unset | None = UNSET
    follow_up_questions: bool | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class FinAgentSettingsDict(TypedDict, total=False):
    """:class:`FinAgentSettings` written as a dict literal (JSON field names), e.g. as a request body."""

    email: bool
    follow_up_questions: bool


sent_fields(
    FinAgentSettings,
    email=check_bool,
    follow_up_questions=check_bool,
)
