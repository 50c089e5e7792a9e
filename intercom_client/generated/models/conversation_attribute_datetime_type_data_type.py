# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ConversationAttributeDatetimeTypeDataType = Literal["datetime"]

CONVERSATION_ATTRIBUTE_DATETIME_TYPE_DATA_TYPE_VALUES: set[ConversationAttributeDatetimeTypeDataType] = {
    "datetime",
}


def check_conversation_attribute_datetime_type_data_type(value: str) -> ConversationAttributeDatetimeTypeDataType:
    if value in CONVERSATION_ATTRIBUTE_DATETIME_TYPE_DATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONVERSATION_ATTRIBUTE_DATETIME_TYPE_DATA_TYPE_VALUES!r}"
    )
