# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_deleted_object import ConversationDeletedObject
from ..types import DecodingIssue, Field, Model, check_bool, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ConversationDeleted(Model):
    """deleted conversation object

    Attributes:
        deleted (bool | None): Whether the conversation is deleted or not. Example: True.
        id (str | None): The unique identifier for the conversation. Example: 5ba682d23d7cf92bef87bfd4.
        object_ (ConversationDeletedObject | None): always conversation Example: conversation.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    deleted: bool | None = None
    id: str | None = None
    object_: ConversationDeletedObject | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ConversationDeleted,
    deleted=check_bool,
    id=check_str,
    object_=Field(check_str, json="object", const="conversation"),
)
