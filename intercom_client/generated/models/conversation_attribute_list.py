# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.conversation_attribute_list_type_enum import (
    ConversationAttributeListTypeEnum,
)
from ..types import DecodingIssue, Field, Model, ModelRef, check_str, list_of, one_of, received_fields

if TYPE_CHECKING:
    from ..models.conversation_attribute_boolean_type import ConversationAttributeBooleanType
    from ..models.conversation_attribute_datetime_type import ConversationAttributeDatetimeType
    from ..models.conversation_attribute_decimal_type import ConversationAttributeDecimalType
    from ..models.conversation_attribute_files_type import ConversationAttributeFilesType
    from ..models.conversation_attribute_integer_type import ConversationAttributeIntegerType
    from ..models.conversation_attribute_list_type import ConversationAttributeListType
    from ..models.conversation_attribute_relationship_type import ConversationAttributeRelationshipType
    from ..models.conversation_attribute_string_type import ConversationAttributeStringType


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ConversationAttributeList(Model):
    """A list of all conversation attributes belonging to a workspace.

    Attributes:
        data (list[ConversationAttributeBooleanType | ConversationAttributeDatetimeType |
            ConversationAttributeDecimalType | ConversationAttributeFilesType | ConversationAttributeIntegerType |
            ConversationAttributeListType | ConversationAttributeRelationshipType | ConversationAttributeStringType] |
            None): A list of conversation attributes.
        type_ (ConversationAttributeListTypeEnum | None): The type of the object. Example: list.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    data: (
        list[
            ConversationAttributeBooleanType
            | ConversationAttributeDatetimeType
            | ConversationAttributeDecimalType
            | ConversationAttributeFilesType
            | ConversationAttributeIntegerType
            | ConversationAttributeListType
            | ConversationAttributeRelationshipType
            | ConversationAttributeStringType
        ]
        | None
    ) = None
    type_: ConversationAttributeListTypeEnum | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ConversationAttributeList,
    data=list_of(
        one_of(
            ModelRef(models, "ConversationAttributeStringType"),
            ModelRef(models, "ConversationAttributeIntegerType"),
            ModelRef(models, "ConversationAttributeListType"),
            ModelRef(models, "ConversationAttributeDecimalType"),
            ModelRef(models, "ConversationAttributeBooleanType"),
            ModelRef(models, "ConversationAttributeDatetimeType"),
            ModelRef(models, "ConversationAttributeRelationshipType"),
            ModelRef(models, "ConversationAttributeFilesType"),
        )
    ),
    type_=Field(check_str, json="type", const="list"),
)
