# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.conversation_list_type import ConversationListType
from ..types import DecodingIssue, Field, Model, ModelRef, check_int, check_str, list_of, received_fields

if TYPE_CHECKING:
    from ..models.conversation import Conversation
    from ..models.cursor_pages import CursorPages


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ConversationList(Model):
    """Conversations are how you can communicate with users in Intercom. They are created when a contact replies to an
    outbound message, or when one admin directly sends a message to a single contact.

    Attributes:
        conversations (list[Conversation] | None): The list of conversation objects
        pages (CursorPages | None):
        total_count (int | None): A count of the total number of objects. Example: 12345.
        type_ (ConversationListType | None): Always conversation.list Example: conversation.list.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    conversations: list[Conversation] | None = None
    pages: CursorPages | None = None
    total_count: int | None = None
    type_: ConversationListType | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ConversationList,
    conversations=list_of(ModelRef(models, "Conversation")),
    pages=ModelRef(models, "CursorPages"),
    total_count=check_int,
    type_=Field(check_str, json="type", const="conversation.list"),
)
