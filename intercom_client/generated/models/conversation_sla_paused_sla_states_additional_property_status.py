# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ConversationSlaPausedSlaStatesAdditionalPropertyStatus = Literal["paused"]

CONVERSATION_SLA_PAUSED_SLA_STATES_ADDITIONAL_PROPERTY_STATUS_VALUES: set[
    ConversationSlaPausedSlaStatesAdditionalPropertyStatus
] = {
    "paused",
}


def check_conversation_sla_paused_sla_states_additional_property_status(
    value: str,
) -> ConversationSlaPausedSlaStatesAdditionalPropertyStatus:
    if value in CONVERSATION_SLA_PAUSED_SLA_STATES_ADDITIONAL_PROPERTY_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONVERSATION_SLA_PAUSED_SLA_STATES_ADDITIONAL_PROPERTY_STATUS_VALUES!r}"
    )
