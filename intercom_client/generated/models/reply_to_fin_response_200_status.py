# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ReplyToFinResponse200Status = Literal[
    "awaiting_user_reply", "complete", "escalated", "replying", "resolved", "thinking"
]

REPLY_TO_FIN_RESPONSE_200_STATUS_VALUES: set[ReplyToFinResponse200Status] = {
    "awaiting_user_reply",
    "complete",
    "escalated",
    "replying",
    "resolved",
    "thinking",
}


def check_reply_to_fin_response_200_status(value: str) -> ReplyToFinResponse200Status:
    if value in REPLY_TO_FIN_RESPONSE_200_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REPLY_TO_FIN_RESPONSE_200_STATUS_VALUES!r}")
