# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ReplyToFinResultStatus = Literal["awaiting_user_reply", "complete", "escalated", "replying", "resolved", "thinking"]

REPLY_TO_FIN_RESULT_STATUS_VALUES: set[ReplyToFinResultStatus] = {
    "awaiting_user_reply",
    "complete",
    "escalated",
    "replying",
    "resolved",
    "thinking",
}


def check_reply_to_fin_result_status(value: str) -> ReplyToFinResultStatus:
    if value in REPLY_TO_FIN_RESULT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REPLY_TO_FIN_RESULT_STATUS_VALUES!r}")
