# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ConversationPartState = Literal["closed", "open", "snoozed"]

CONVERSATION_PART_STATE_VALUES: set[ConversationPartState] = {
    "closed",
    "open",
    "snoozed",
}


def check_conversation_part_state(value: str) -> ConversationPartState:
    if value in CONVERSATION_PART_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONVERSATION_PART_STATE_VALUES!r}")
