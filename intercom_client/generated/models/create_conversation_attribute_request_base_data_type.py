# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

CreateConversationAttributeRequestBaseDataType = Literal[
    "boolean", "datetime", "decimal", "files", "integer", "list", "relationship", "string"
]

CREATE_CONVERSATION_ATTRIBUTE_REQUEST_BASE_DATA_TYPE_VALUES: set[CreateConversationAttributeRequestBaseDataType] = {
    "boolean",
    "datetime",
    "decimal",
    "files",
    "integer",
    "list",
    "relationship",
    "string",
}


def check_create_conversation_attribute_request_base_data_type(
    value: str,
) -> CreateConversationAttributeRequestBaseDataType:
    if value in CREATE_CONVERSATION_ATTRIBUTE_REQUEST_BASE_DATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CONVERSATION_ATTRIBUTE_REQUEST_BASE_DATA_TYPE_VALUES!r}"
    )
