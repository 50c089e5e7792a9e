# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import UNSET, DecodingIssue, Model, ModelRef, Unset, check_str, sent_fields

if TYPE_CHECKING:
    from ..models.escalate_fin_conversation_body_user import (
        EscalateFinConversationBodyUser,
        EscalateFinConversationBodyUserDict,
    )


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class EscalateFinConversationBody(Model):
    """
    Attributes:
        context (str | Unset | None): Optional context for the receiving teammate explaining why the conversation is
            being escalated. Attached as an internal note, never shown to the user. Avoid including credentials or
            unnecessary personal data — the note is visible to any teammate with access to the conversation. Example:
            Customer is requesting a refund and is frustrated..
        conversation_id (str | Unset | None): The external ID of the conversation to escalate. Provide this or `user`.
            Required on Fin for Platforms, where `user` is not supported. Example: ext-123.
        message (str | Unset | None): Optional first message for the new conversation, used only when escalating on
            behalf of a `user`. Shown to the end-user (unlike `context`, which is an internal note), so don't include
            sensitive orchestration data. Defaults to "Requesting human support". Example: I'd like to speak to a human
            about my refund..
        user (EscalateFinConversationBodyUser | Unset | None):
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    context: str | Unset | None = UNSET
    conversation_id: str | Unset | None = UNSET
    message: str | Unset | None = UNSET
    user: EscalateFinConversationBodyUser | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class EscalateFinConversationBodyDict(TypedDict, total=False):
    """:class:`EscalateFinConversationBody` written as a dict literal (JSON field names), e.g. as a request body."""

    context: str
    conversation_id: str
    message: str
    user: EscalateFinConversationBodyUserDict


sent_fields(
    EscalateFinConversationBody,
    context=check_str,
    conversation_id=check_str,
    message=check_str,
    user=ModelRef(models, "EscalateFinConversationBodyUser"),
)
