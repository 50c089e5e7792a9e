# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ConversationAttributeRelationshipTypeDataType = Literal["relationship"]

CONVERSATION_ATTRIBUTE_RELATIONSHIP_TYPE_DATA_TYPE_VALUES: set[ConversationAttributeRelationshipTypeDataType] = {
    "relationship",
}


def check_conversation_attribute_relationship_type_data_type(
    value: str,
) -> ConversationAttributeRelationshipTypeDataType:
    if value in CONVERSATION_ATTRIBUTE_RELATIONSHIP_TYPE_DATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONVERSATION_ATTRIBUTE_RELATIONSHIP_TYPE_DATA_TYPE_VALUES!r}"
    )
