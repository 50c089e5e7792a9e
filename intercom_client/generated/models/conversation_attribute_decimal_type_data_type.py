# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ConversationAttributeDecimalTypeDataType = Literal["decimal"]

CONVERSATION_ATTRIBUTE_DECIMAL_TYPE_DATA_TYPE_VALUES: set[ConversationAttributeDecimalTypeDataType] = {
    "decimal",
}


def check_conversation_attribute_decimal_type_data_type(value: str) -> ConversationAttributeDecimalTypeDataType:
    if value in CONVERSATION_ATTRIBUTE_DECIMAL_TYPE_DATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONVERSATION_ATTRIBUTE_DECIMAL_TYPE_DATA_TYPE_VALUES!r}"
    )
