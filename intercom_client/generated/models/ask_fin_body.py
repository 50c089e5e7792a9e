# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import UNSET, DecodingIssue, Field, Model, ModelRef, Unset, check_str, list_of, sent_fields

if TYPE_CHECKING:
    from ..models.fin_agent_attachment import FinAgentAttachment, FinAgentAttachmentDict
    from ..models.fin_agent_conversation_metadata import FinAgentConversationMetadata, FinAgentConversationMetadataDict
    from ..models.fin_agent_message import FinAgentMessage, FinAgentMessageDict
    from ..models.fin_agent_user import FinAgentUser, FinAgentUserDict


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class AskFinBody(Model):
    """
    Attributes:
        conversation_id (str): Your external conversation ID. Fin creates a conversation for this ID. If a conversation
            already exists for it, use `/fin/reply` instead. Example: ext-123.
        message (FinAgentMessage): A message exchanged within a Fin Agent conversation.
        user (FinAgentUser): A user object representing the user in a Fin Agent conversation.
        attachments (list[FinAgentAttachment] | Unset | None): An array of attachments to include with the message.
            Maximum of 10 attachments.
        conversation_metadata (FinAgentConversationMetadata | Unset | None): Metadata about the conversation, including
            history and attributes.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    conversation_id: str
    message: FinAgentMessage
    user: FinAgentUser
    attachments: list[FinAgentAttachment] | Unset | None = UNSET
    conversation_metadata: FinAgentConversationMetadata | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class AskFinBodyDict(TypedDict, total=False):
    """:class:`AskFinBody` written as a dict literal (JSON field names), e.g. as a request body."""

    conversation_id: Required[str]
    message: Required[FinAgentMessageDict]
    user: Required[FinAgentUserDict]
    attachments: Sequence[FinAgentAttachmentDict]
    conversation_metadata: FinAgentConversationMetadataDict


sent_fields(
    AskFinBody,
    conversation_id=Field(check_str, required=True),
    message=Field(ModelRef(models, "FinAgentMessage"), required=True),
    user=Field(ModelRef(models, "FinAgentUser"), required=True),
    attachments=list_of(ModelRef(models, "FinAgentAttachment")),
    conversation_metadata=ModelRef(models, "FinAgentConversationMetadata"),
)
