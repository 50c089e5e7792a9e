# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ConversationSlaTargetMissedSlaTargetType = Literal[
    "first_reply_time", "next_reply_time", "resolution_time", "time_to_close"
]

CONVERSATION_SLA_TARGET_MISSED_SLA_TARGET_TYPE_VALUES: set[ConversationSlaTargetMissedSlaTargetType] = {
    "first_reply_time",
    "next_reply_time",
    "resolution_time",
    "time_to_close",
}


def check_conversation_sla_target_missed_sla_target_type(value: str) -> ConversationSlaTargetMissedSlaTargetType:
    if value in CONVERSATION_SLA_TARGET_MISSED_SLA_TARGET_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONVERSATION_SLA_TARGET_MISSED_SLA_TARGET_TYPE_VALUES!r}"
    )
