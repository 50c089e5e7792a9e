# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

AssignConversationRequestMessageType = Literal["assignment"]

ASSIGN_CONVERSATION_REQUEST_MESSAGE_TYPE_VALUES: set[AssignConversationRequestMessageType] = {
    "assignment",
}


def check_assign_conversation_request_message_type(value: str) -> AssignConversationRequestMessageType:
    if value in ASSIGN_CONVERSATION_REQUEST_MESSAGE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ASSIGN_CONVERSATION_REQUEST_MESSAGE_TYPE_VALUES!r}")
