# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

AdminReplyConversationRequestType = Literal["admin"]

ADMIN_REPLY_CONVERSATION_REQUEST_TYPE_VALUES: set[AdminReplyConversationRequestType] = {
    "admin",
}


def check_admin_reply_conversation_request_type(value: str) -> AdminReplyConversationRequestType:
    if value in ADMIN_REPLY_CONVERSATION_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ADMIN_REPLY_CONVERSATION_REQUEST_TYPE_VALUES!r}")
