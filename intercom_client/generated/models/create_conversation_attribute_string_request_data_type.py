# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

CreateConversationAttributeStringRequestDataType = Literal["string"]

CREATE_CONVERSATION_ATTRIBUTE_STRING_REQUEST_DATA_TYPE_VALUES: set[CreateConversationAttributeStringRequestDataType] = {
    "string",
}


def check_create_conversation_attribute_string_request_data_type(
    value: str,
) -> CreateConversationAttributeStringRequestDataType:
    if value in CREATE_CONVERSATION_ATTRIBUTE_STRING_REQUEST_DATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CONVERSATION_ATTRIBUTE_STRING_REQUEST_DATA_TYPE_VALUES!r}"
    )
