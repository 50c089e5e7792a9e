# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

UpdateConversationRequestPriority = Literal["high", "low", "medium", "none", "urgent"]

UPDATE_CONVERSATION_REQUEST_PRIORITY_VALUES: set[UpdateConversationRequestPriority] = {
    "high",
    "low",
    "medium",
    "none",
    "urgent",
}


def check_update_conversation_request_priority(value: str) -> UpdateConversationRequestPriority:
    if value in UPDATE_CONVERSATION_REQUEST_PRIORITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_CONVERSATION_REQUEST_PRIORITY_VALUES!r}")
