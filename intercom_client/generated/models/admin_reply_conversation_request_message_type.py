# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

AdminReplyConversationRequestMessageType = Literal["comment", "note", "quick_reply"]

ADMIN_REPLY_CONVERSATION_REQUEST_MESSAGE_TYPE_VALUES: set[AdminReplyConversationRequestMessageType] = {
    "comment",
    "note",
    "quick_reply",
}


def check_admin_reply_conversation_request_message_type(value: str) -> AdminReplyConversationRequestMessageType:
    if value in ADMIN_REPLY_CONVERSATION_REQUEST_MESSAGE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ADMIN_REPLY_CONVERSATION_REQUEST_MESSAGE_TYPE_VALUES!r}"
    )
