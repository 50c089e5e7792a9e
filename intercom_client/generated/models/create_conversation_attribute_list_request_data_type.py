# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

CreateConversationAttributeListRequestDataType = Literal["list"]

CREATE_CONVERSATION_ATTRIBUTE_LIST_REQUEST_DATA_TYPE_VALUES: set[CreateConversationAttributeListRequestDataType] = {
    "list",
}


def check_create_conversation_attribute_list_request_data_type(
    value: str,
) -> CreateConversationAttributeListRequestDataType:
    if value in CREATE_CONVERSATION_ATTRIBUTE_LIST_REQUEST_DATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CONVERSATION_ATTRIBUTE_LIST_REQUEST_DATA_TYPE_VALUES!r}"
    )
