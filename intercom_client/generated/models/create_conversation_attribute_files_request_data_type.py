# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

CreateConversationAttributeFilesRequestDataType = Literal["files"]

CREATE_CONVERSATION_ATTRIBUTE_FILES_REQUEST_DATA_TYPE_VALUES: set[CreateConversationAttributeFilesRequestDataType] = {
    "files",
}


def check_create_conversation_attribute_files_request_data_type(
    value: str,
) -> CreateConversationAttributeFilesRequestDataType:
    if value in CREATE_CONVERSATION_ATTRIBUTE_FILES_REQUEST_DATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CONVERSATION_ATTRIBUTE_FILES_REQUEST_DATA_TYPE_VALUES!r}"
    )
