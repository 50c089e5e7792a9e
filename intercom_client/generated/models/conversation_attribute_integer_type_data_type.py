# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ConversationAttributeIntegerTypeDataType = Literal["integer"]

CONVERSATION_ATTRIBUTE_INTEGER_TYPE_DATA_TYPE_VALUES: set[ConversationAttributeIntegerTypeDataType] = {
    "integer",
}


def check_conversation_attribute_integer_type_data_type(value: str) -> ConversationAttributeIntegerTypeDataType:
    if value in CONVERSATION_ATTRIBUTE_INTEGER_TYPE_DATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONVERSATION_ATTRIBUTE_INTEGER_TYPE_DATA_TYPE_VALUES!r}"
    )
