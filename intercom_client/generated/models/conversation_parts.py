# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.conversation_parts_type import ConversationPartsType
from ..types import DecodingIssue, Field, Model, ModelRef, check_int, check_str, list_of, received_fields

if TYPE_CHECKING:
    from ..models.conversation_part import ConversationPart


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ConversationParts(Model):
    """A list of Conversation Part objects for each part message in the conversation. This is only returned when Retrieving
    a Conversation, and ignored when Listing all Conversations. There is a limit of 500 parts.

    Attributes:
        conversation_parts (list[ConversationPart] | None): A list of Conversation Part objects for each part message in
            the conversation. This is only returned when Retrieving a Conversation, and ignored when Listing all
            Conversations. There is a limit of 500 parts.
        total_count (int | None):  Example: 1.
        type_ (ConversationPartsType | None):  Example: conversation_part.list.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    conversation_parts: list[ConversationPart] | None = None
    total_count: int | None = None
    type_: ConversationPartsType | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ConversationParts,
    conversation_parts=list_of(ModelRef(models, "ConversationPart")),
    total_count=check_int,
    type_=Field(check_str, json="type", const="conversation_part.list"),
)
