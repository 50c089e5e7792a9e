# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

CloseConversationRequestMessageType = Literal["close"]

CLOSE_CONVERSATION_REQUEST_MESSAGE_TYPE_VALUES: set[CloseConversationRequestMessageType] = {
    "close",
}


def check_close_conversation_request_message_type(value: str) -> CloseConversationRequestMessageType:
    if value in CLOSE_CONVERSATION_REQUEST_MESSAGE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CLOSE_CONVERSATION_REQUEST_MESSAGE_TYPE_VALUES!r}")
