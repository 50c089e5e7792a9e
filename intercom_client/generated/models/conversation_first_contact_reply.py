# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DecodingIssue, Field, Model, check_int, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ConversationFirstContactReply(Model):
    """An object containing information on the first users message. For a contact initiated message this will represent the
    users original message.

    Attributes:
        created_at (int | None):  Example: 1663597223.
        type_ (str | None):  Example: conversation.
        url (str | None):  Example: https://developers.intercom.com/.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    created_at: int | None = None
    type_: str | None = None
    url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ConversationFirstContactReply,
    created_at=check_int,
    type_=Field(check_str, json="type"),
    url=check_str,
)
