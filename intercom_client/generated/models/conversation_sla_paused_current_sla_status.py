# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ConversationSlaPausedCurrentSlaStatus = Literal["active", "canceled", "hit", "missed"]

CONVERSATION_SLA_PAUSED_CURRENT_SLA_STATUS_VALUES: set[ConversationSlaPausedCurrentSlaStatus] = {
    "active",
    "canceled",
    "hit",
    "missed",
}


def check_conversation_sla_paused_current_sla_status(value: str) -> ConversationSlaPausedCurrentSlaStatus:
    if value in CONVERSATION_SLA_PAUSED_CURRENT_SLA_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONVERSATION_SLA_PAUSED_CURRENT_SLA_STATUS_VALUES!r}"
    )
