# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

OpenConversationRequestMessageType = Literal["open"]

OPEN_CONVERSATION_REQUEST_MESSAGE_TYPE_VALUES: set[OpenConversationRequestMessageType] = {
    "open",
}


def check_open_conversation_request_message_type(value: str) -> OpenConversationRequestMessageType:
    if value in OPEN_CONVERSATION_REQUEST_MESSAGE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OPEN_CONVERSATION_REQUEST_MESSAGE_TYPE_VALUES!r}")
