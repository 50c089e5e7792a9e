# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

CreateConversationAttributeDatetimeRequestDataType = Literal["datetime"]

CREATE_CONVERSATION_ATTRIBUTE_DATETIME_REQUEST_DATA_TYPE_VALUES: set[
    CreateConversationAttributeDatetimeRequestDataType
] = {
    "datetime",
}


def check_create_conversation_attribute_datetime_request_data_type(
    value: str,
) -> CreateConversationAttributeDatetimeRequestDataType:
    if value in CREATE_CONVERSATION_ATTRIBUTE_DATETIME_REQUEST_DATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CONVERSATION_ATTRIBUTE_DATETIME_REQUEST_DATA_TYPE_VALUES!r}"
    )
