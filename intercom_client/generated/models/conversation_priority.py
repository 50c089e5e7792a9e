# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ConversationPriority = Literal["high", "low", "medium", "none", "urgent"]

CONVERSATION_PRIORITY_VALUES: set[ConversationPriority] = {
    "high",
    "low",
    "medium",
    "none",
    "urgent",
}


def check_conversation_priority(value: str) -> ConversationPriority:
    if value in CONVERSATION_PRIORITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONVERSATION_PRIORITY_VALUES!r}")
