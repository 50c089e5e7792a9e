# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ConversationSlaTargetMissedCurrentSlaStatus = Literal["active", "canceled", "hit", "missed", "paused"]

CONVERSATION_SLA_TARGET_MISSED_CURRENT_SLA_STATUS_VALUES: set[ConversationSlaTargetMissedCurrentSlaStatus] = {
    "active",
    "canceled",
    "hit",
    "missed",
    "paused",
}


def check_conversation_sla_target_missed_current_sla_status(value: str) -> ConversationSlaTargetMissedCurrentSlaStatus:
    if value in CONVERSATION_SLA_TARGET_MISSED_CURRENT_SLA_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONVERSATION_SLA_TARGET_MISSED_CURRENT_SLA_STATUS_VALUES!r}"
    )
