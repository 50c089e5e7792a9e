# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import UNSET, DecodingIssue, Model, ModelRef, Unset, list_of, sent_fields

if TYPE_CHECKING:
    from ..models.fin_agent_conversation_metadata_attributes import FinAgentConversationMetadataAttributes
    from ..models.fin_agent_message import FinAgentMessage, FinAgentMessageDict


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class FinAgentConversationMetadata(Model):
    """Metadata about the conversation, including history and attributes.

    Attributes:
        attributes (FinAgentConversationMetadataAttributes | Unset | None): A hash of attributes associated with the
            conversation.
            These attributes can be used by Fin to provide more contextual responses.
            Limit to 10 attributes. Example: {'department': 'sales', 'priority_level': 'high'}.
        history (list[FinAgentMessage] | Unset | None): An array of previous messages in the conversation before Fin is
            initialized.
            This data provides context to Fin and helps generate a better answer.
            Limit to the last 10 messages.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    attributes: FinAgentConversationMetadataAttributes | Unset | None = UNSET
    history: list[FinAgentMessage] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class FinAgentConversationMetadataDict(TypedDict, total=False):
    """:class:`FinAgentConversationMetadata` written as a dict literal (JSON field names), e.g. as a request body."""

    attributes: Mapping[str, Any]
    history: Sequence[FinAgentMessageDict]


sent_fields(
    FinAgentConversationMetadata,
    attributes=ModelRef(models, "FinAgentConversationMetadataAttributes"),
    history=list_of(ModelRef(models, "FinAgentMessage")),
)
