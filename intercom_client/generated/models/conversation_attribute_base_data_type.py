# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ConversationAttributeBaseDataType = Literal[
    "boolean", "datetime", "decimal", "files", "integer", "list", "relationship", "string"
]

CONVERSATION_ATTRIBUTE_BASE_DATA_TYPE_VALUES: set[ConversationAttributeBaseDataType] = {
    "boolean",
    "datetime",
    "decimal",
    "files",
    "integer",
    "list",
    "relationship",
    "string",
}


def check_conversation_attribute_base_data_type(value: str) -> ConversationAttributeBaseDataType:
    if value in CONVERSATION_ATTRIBUTE_BASE_DATA_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONVERSATION_ATTRIBUTE_BASE_DATA_TYPE_VALUES!r}")
