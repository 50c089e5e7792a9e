# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ConversationAttributeStringTypeDataType = Literal["string"]

CONVERSATION_ATTRIBUTE_STRING_TYPE_DATA_TYPE_VALUES: set[ConversationAttributeStringTypeDataType] = {
    "string",
}


def check_conversation_attribute_string_type_data_type(value: str) -> ConversationAttributeStringTypeDataType:
    if value in CONVERSATION_ATTRIBUTE_STRING_TYPE_DATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONVERSATION_ATTRIBUTE_STRING_TYPE_DATA_TYPE_VALUES!r}"
    )
