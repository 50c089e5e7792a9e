# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ConversationAttributeRelationshipTypeReferenceType = Literal["many", "one"]

CONVERSATION_ATTRIBUTE_RELATIONSHIP_TYPE_REFERENCE_TYPE_VALUES: set[
    ConversationAttributeRelationshipTypeReferenceType
] = {
    "many",
    "one",
}


def check_conversation_attribute_relationship_type_reference_type(
    value: str,
) -> ConversationAttributeRelationshipTypeReferenceType:
    if value in CONVERSATION_ATTRIBUTE_RELATIONSHIP_TYPE_REFERENCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONVERSATION_ATTRIBUTE_RELATIONSHIP_TYPE_REFERENCE_TYPE_VALUES!r}"
    )
