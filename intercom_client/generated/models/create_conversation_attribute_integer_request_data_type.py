# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

CreateConversationAttributeIntegerRequestDataType = Literal["integer"]

CREATE_CONVERSATION_ATTRIBUTE_INTEGER_REQUEST_DATA_TYPE_VALUES: set[
    CreateConversationAttributeIntegerRequestDataType
] = {
    "integer",
}


def check_create_conversation_attribute_integer_request_data_type(
    value: str,
) -> CreateConversationAttributeIntegerRequestDataType:
    if value in CREATE_CONVERSATION_ATTRIBUTE_INTEGER_REQUEST_DATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CONVERSATION_ATTRIBUTE_INTEGER_REQUEST_DATA_TYPE_VALUES!r}"
    )
