# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ConversationAttributeBooleanTypeDataType = Literal["boolean"]

CONVERSATION_ATTRIBUTE_BOOLEAN_TYPE_DATA_TYPE_VALUES: set[ConversationAttributeBooleanTypeDataType] = {
    "boolean",
}


def check_conversation_attribute_boolean_type_data_type(value: str) -> ConversationAttributeBooleanTypeDataType:
    if value in CONVERSATION_ATTRIBUTE_BOOLEAN_TYPE_DATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONVERSATION_ATTRIBUTE_BOOLEAN_TYPE_DATA_TYPE_VALUES!r}"
    )
