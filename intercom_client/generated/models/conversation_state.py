# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ConversationState = Literal["closed", "open", "snoozed"]

CONVERSATION_STATE_VALUES: set[ConversationState] = {
    "closed",
    "open",
    "snoozed",
}


def check_conversation_state(value: str) -> ConversationState:
    if value in CONVERSATION_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONVERSATION_STATE_VALUES!r}")
