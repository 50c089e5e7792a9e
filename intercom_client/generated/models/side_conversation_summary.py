# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import DecodingIssue, Model, ModelRef, check_int, check_str, list_of, received_fields

if TYPE_CHECKING:
    from ..models.conversation_part import ConversationPart


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class SideConversationSummary(Model):
    """A side conversation with its conversation parts.

    Attributes:
        conversation_parts (list[ConversationPart] | None): The conversation parts (messages) in this side conversation.
        side_conversation_id (str | None): The unique identifier for the side conversation. Example: 456.
        total_count (int | None): The total number of conversation parts in this side conversation. Example: 1.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    conversation_parts: list[ConversationPart] | None = None
    side_conversation_id: str | None = None
    total_count: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    SideConversationSummary,
    conversation_parts=list_of(ModelRef(models, "ConversationPart")),
    side_conversation_id=check_str,
    total_count=check_int,
)
