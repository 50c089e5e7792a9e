# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

StartFinConversationResponse200Status = Literal[
    "awaiting_user_reply", "complete", "escalated", "replying", "resolved", "thinking"
]

START_FIN_CONVERSATION_RESPONSE_200_STATUS_VALUES: set[StartFinConversationResponse200Status] = {
    "awaiting_user_reply",
    "complete",
    "escalated",
    "replying",
    "resolved",
    "thinking",
}


def check_start_fin_conversation_response_200_status(value: str) -> StartFinConversationResponse200Status:
    if value in START_FIN_CONVERSATION_RESPONSE_200_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {START_FIN_CONVERSATION_RESPONSE_200_STATUS_VALUES!r}"
    )
