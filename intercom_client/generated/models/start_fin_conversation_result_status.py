# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

StartFinConversationResultStatus = Literal[
    "awaiting_user_reply", "complete", "escalated", "replying", "resolved", "thinking"
]

START_FIN_CONVERSATION_RESULT_STATUS_VALUES: set[StartFinConversationResultStatus] = {
    "awaiting_user_reply",
    "complete",
    "escalated",
    "replying",
    "resolved",
    "thinking",
}


def check_start_fin_conversation_result_status(value: str) -> StartFinConversationResultStatus:
    if value in START_FIN_CONVERSATION_RESULT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {START_FIN_CONVERSATION_RESULT_STATUS_VALUES!r}")
