# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

FinAgentStatusUpdatedEventStatus = Literal["awaiting_user_reply", "complete", "escalated", "resolved"]

FIN_AGENT_STATUS_UPDATED_EVENT_STATUS_VALUES: set[FinAgentStatusUpdatedEventStatus] = {
    "awaiting_user_reply",
    "complete",
    "escalated",
    "resolved",
}


def check_fin_agent_status_updated_event_status(value: str) -> FinAgentStatusUpdatedEventStatus:
    if value in FIN_AGENT_STATUS_UPDATED_EVENT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FIN_AGENT_STATUS_UPDATED_EVENT_STATUS_VALUES!r}")
