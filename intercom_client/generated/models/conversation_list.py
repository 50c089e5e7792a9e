# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_list_type import ConversationListType
from ..types import DecodingIssue, Field, Model, check_int, check_str, list_of, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ConversationList(Model):
    """Conversations are how you can communicate with users in Intercom. They are created when a contact replies to an
    outbound message, or when one admin directly sends a message to a single contact.

    Attributes:
        conversations (list[ConversationListItem] | None): The list of conversation objects
        pages (CursorPages | None):
        total_count (int | None): A count of the total number of objects. Example: 12345.
        type_ (ConversationListType | None): Always conversation.list Example: conversation.list.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    conversations: list[ConversationListItem] | None = None
    pages: CursorPages | None = None
    total_count: int | None = None
    type_: ConversationListType | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


# Imported last, so that models that refer to each other can import each other.
from ..models.conversation_list_item import ConversationListItem
from ..models.cursor_pages import CursorPages

received_fields(
    ConversationList,
    conversations=list_of(ConversationListItem.from_dict),
    pages=CursorPages.from_dict,
    total_count=check_int,
    type_=Field(check_str, json="type", const="conversation.list"),
)
