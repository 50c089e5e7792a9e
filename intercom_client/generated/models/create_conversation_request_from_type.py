# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

CreateConversationRequestFromType = Literal["contact", "lead", "user"]

CREATE_CONVERSATION_REQUEST_FROM_TYPE_VALUES: set[CreateConversationRequestFromType] = {
    "contact",
    "lead",
    "user",
}


def check_create_conversation_request_from_type(value: str) -> CreateConversationRequestFromType:
    if value in CREATE_CONVERSATION_REQUEST_FROM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_CONVERSATION_REQUEST_FROM_TYPE_VALUES!r}")
