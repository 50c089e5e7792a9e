# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_conversation_attribute_request_reference_type import (
    UpdateConversationAttributeRequestReferenceType,
)
from ..types import UNSET, DecodingIssue, Field, Model, Unset, check_str, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class UpdateConversationAttributeRequestReference(Model):
    """(Relationship data type only) Reference configuration for related objects.

    Attributes:
        type_ (UpdateConversationAttributeRequestReferenceType): The cardinality of the relationship: `one` or `many`.
        object_type_id (str | Unset | None): The ID of the related custom object type.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    type_: UpdateConversationAttributeRequestReferenceType
    object_type_id: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class UpdateConversationAttributeRequestReferenceDict(TypedDict, total=False):
    """:class:`UpdateConversationAttributeRequestReference` written as a dict literal (JSON field names), e.g. as a request body."""

    type: Required[UpdateConversationAttributeRequestReferenceType]
    object_type_id: str


sent_fields(
    UpdateConversationAttributeRequestReference,
    type_=Field(check_str, json="type", required=True),
    object_type_id=check_str,
)
