# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ConversationAttributeListTypeDataType = Literal["list"]

CONVERSATION_ATTRIBUTE_LIST_TYPE_DATA_TYPE_VALUES: set[ConversationAttributeListTypeDataType] = {
    "list",
}


def check_conversation_attribute_list_type_data_type(value: str) -> ConversationAttributeListTypeDataType:
    if value in CONVERSATION_ATTRIBUTE_LIST_TYPE_DATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONVERSATION_ATTRIBUTE_LIST_TYPE_DATA_TYPE_VALUES!r}"
    )
