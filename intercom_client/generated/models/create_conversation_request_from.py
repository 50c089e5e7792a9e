# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_conversation_request_from_type import (
    CreateConversationRequestFromType,
)
from ..types import DecodingIssue, Field, Model, check_str, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CreateConversationRequestFrom(Model):
    """
    Attributes:
        id (str): The identifier for the contact which is given by Intercom. Example: 536e564f316c83104c000020.
        type_ (CreateConversationRequestFromType): The role associated to the contact - user or lead. Example: user.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: CreateConversationRequestFromType
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class CreateConversationRequestFromDict(TypedDict, total=False):
    """:class:`CreateConversationRequestFrom` written as a dict literal (JSON field names), e.g. as a request body."""

    id: Required[str]
    type: Required[CreateConversationRequestFromType]


sent_fields(
    CreateConversationRequestFrom,
    id=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True),
)
