# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

CloseConversationRequestType = Literal["admin"]

CLOSE_CONVERSATION_REQUEST_TYPE_VALUES: set[CloseConversationRequestType] = {
    "admin",
}


def check_close_conversation_request_type(value: str) -> CloseConversationRequestType:
    if value in CLOSE_CONVERSATION_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CLOSE_CONVERSATION_REQUEST_TYPE_VALUES!r}")
