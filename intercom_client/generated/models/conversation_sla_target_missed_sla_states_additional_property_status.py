# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ConversationSlaTargetMissedSlaStatesAdditionalPropertyStatus = Literal["active", "hit", "missed", "paused"]

CONVERSATION_SLA_TARGET_MISSED_SLA_STATES_ADDITIONAL_PROPERTY_STATUS_VALUES: set[
    ConversationSlaTargetMissedSlaStatesAdditionalPropertyStatus
] = {
    "active",
    "hit",
    "missed",
    "paused",
}


def check_conversation_sla_target_missed_sla_states_additional_property_status(
    value: str,
) -> ConversationSlaTargetMissedSlaStatesAdditionalPropertyStatus:
    if value in CONVERSATION_SLA_TARGET_MISSED_SLA_STATES_ADDITIONAL_PROPERTY_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONVERSATION_SLA_TARGET_MISSED_SLA_STATES_ADDITIONAL_PROPERTY_STATUS_VALUES!r}"
    )
