# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_message_request_from_type import (
    CreateMessageRequestFromType,
)
from ..types import DecodingIssue, Field, Model, check_int, check_str, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CreateMessageRequestFrom(Model):
    """The sender of the message. If not provided, the default sender will be used.

    Attributes:
        id (int): The identifier for the admin which is given by Intercom. Example: 394051.
        type_ (CreateMessageRequestFromType): Always `admin`. Example: admin.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: int
    type_: CreateMessageRequestFromType = "admin"
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class CreateMessageRequestFromDict(TypedDict, total=False):
    """:class:`CreateMessageRequestFrom` written as a dict literal (JSON field names), e.g. as a request body."""

    id: Required[int]
    type: CreateMessageRequestFromType


sent_fields(
    CreateMessageRequestFrom,
    id=Field(check_int, required=True),
    type_=Field(check_str, json="type", required=True, const="admin"),
)
