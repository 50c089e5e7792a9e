# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DecodingIssue, Model, check_scalar_list, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ConversationTagsUpdated(Model):
    """Contains details about tags that were added or removed from a conversation for conversation part type
    `conversation_tags_updated`.

    Attributes:
        tags_added (list[str] | None): Array of tag names that were added Example: ['feature-shopify-multi-store',
            'second-tag'].
        tags_removed (list[str] | None): Array of tag names that were removed Example: ['feature-embercom-app-
            serializer-limit-external-plans'].
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    tags_added: list[str] | None = None
    tags_removed: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ConversationTagsUpdated,
    tags_added=check_scalar_list,
    tags_removed=check_scalar_list,
)
