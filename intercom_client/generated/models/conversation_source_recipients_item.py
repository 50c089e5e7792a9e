# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DecodingIssue, Field, Model, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ConversationSourceRecipientsItem(Model):
    """
    Attributes:
        drop_reason (str | None): The reason this recipient was dropped, if applicable.
        email (str | None): The recipient email address. Example: user@example.com.
        type_ (str | None): The recipient type. One of `to`, `cc`, or `bcc`. Example: to.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    drop_reason: str | None = None
    email: str | None = None
    type_: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ConversationSourceRecipientsItem,
    drop_reason=check_str,
    email=check_str,
    type_=Field(check_str, json="type"),
)
