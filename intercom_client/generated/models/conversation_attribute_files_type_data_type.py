# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ConversationAttributeFilesTypeDataType = Literal["files"]

CONVERSATION_ATTRIBUTE_FILES_TYPE_DATA_TYPE_VALUES: set[ConversationAttributeFilesTypeDataType] = {
    "files",
}


def check_conversation_attribute_files_type_data_type(value: str) -> ConversationAttributeFilesTypeDataType:
    if value in CONVERSATION_ATTRIBUTE_FILES_TYPE_DATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONVERSATION_ATTRIBUTE_FILES_TYPE_DATA_TYPE_VALUES!r}"
    )
