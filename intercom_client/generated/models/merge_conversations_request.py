# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DecodingIssue, Field, Model, check_int, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class MergeConversationsRequest(Model):
    """Payload to merge a secondary conversation into a primary conversation.

    Attributes:
        merge_into_conversation_id (int): The ID of the primary (target) conversation to merge into. Example: 456.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    merge_into_conversation_id: int
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class MergeConversationsRequestDict(TypedDict, total=False):
    """:class:`MergeConversationsRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    merge_into_conversation_id: Required[int]


sent_fields(
    MergeConversationsRequest,
    merge_into_conversation_id=Field(check_int, required=True),
)
