# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.conversation_attribute_relationship_type_reference_type import (
    ConversationAttributeRelationshipTypeReferenceType,
)
from ..types import DecodingIssue, Field, Model, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ConversationAttributeRelationshipTypeReference(Model):
    """Reference configuration for related objects.

    Attributes:
        object_type_id (str | None): The ID of the related custom object type. Example: Test_Object.
        type_ (ConversationAttributeRelationshipTypeReferenceType | None): The cardinality of the relationship: `one` or
            `many`. Example: many.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    object_type_id: str | None = None
    type_: ConversationAttributeRelationshipTypeReferenceType | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ConversationAttributeRelationshipTypeReference,
    object_type_id=check_str,
    type_=Field(check_str, json="type"),
)
