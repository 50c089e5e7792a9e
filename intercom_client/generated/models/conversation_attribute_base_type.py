# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ConversationAttributeBaseType = Literal["conversation_attribute"]

CONVERSATION_ATTRIBUTE_BASE_TYPE_VALUES: set[ConversationAttributeBaseType] = {
    "conversation_attribute",
}


def check_conversation_attribute_base_type(value: str) -> ConversationAttributeBaseType:
    if value in CONVERSATION_ATTRIBUTE_BASE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONVERSATION_ATTRIBUTE_BASE_TYPE_VALUES!r}")
