# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

CreateConversationAttributeBooleanRequestDataType = Literal["boolean"]

CREATE_CONVERSATION_ATTRIBUTE_BOOLEAN_REQUEST_DATA_TYPE_VALUES: set[
    CreateConversationAttributeBooleanRequestDataType
] = {
    "boolean",
}


def check_create_conversation_attribute_boolean_request_data_type(
    value: str,
) -> CreateConversationAttributeBooleanRequestDataType:
    if value in CREATE_CONVERSATION_ATTRIBUTE_BOOLEAN_REQUEST_DATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CONVERSATION_ATTRIBUTE_BOOLEAN_REQUEST_DATA_TYPE_VALUES!r}"
    )
