# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ConversationAttributeListTypeEnum = Literal["list"]

CONVERSATION_ATTRIBUTE_LIST_TYPE_ENUM_VALUES: set[ConversationAttributeListTypeEnum] = {
    "list",
}


def check_conversation_attribute_list_type_enum(value: str) -> ConversationAttributeListTypeEnum:
    if value in CONVERSATION_ATTRIBUTE_LIST_TYPE_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONVERSATION_ATTRIBUTE_LIST_TYPE_ENUM_VALUES!r}")
