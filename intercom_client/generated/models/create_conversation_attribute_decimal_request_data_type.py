# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

CreateConversationAttributeDecimalRequestDataType = Literal["decimal"]

CREATE_CONVERSATION_ATTRIBUTE_DECIMAL_REQUEST_DATA_TYPE_VALUES: set[
    CreateConversationAttributeDecimalRequestDataType
] = {
    "decimal",
}


def check_create_conversation_attribute_decimal_request_data_type(
    value: str,
) -> CreateConversationAttributeDecimalRequestDataType:
    if value in CREATE_CONVERSATION_ATTRIBUTE_DECIMAL_REQUEST_DATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CONVERSATION_ATTRIBUTE_DECIMAL_REQUEST_DATA_TYPE_VALUES!r}"
    )
