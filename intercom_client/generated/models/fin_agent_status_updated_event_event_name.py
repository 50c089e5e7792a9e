# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

FinAgentStatusUpdatedEventEventName = Literal["fin_status_updated"]

FIN_AGENT_STATUS_UPDATED_EVENT_EVENT_NAME_VALUES: set[FinAgentStatusUpdatedEventEventName] = {
    "fin_status_updated",
}


def check_fin_agent_status_updated_event_event_name(value: str) -> FinAgentStatusUpdatedEventEventName:
    if value in FIN_AGENT_STATUS_UPDATED_EVENT_EVENT_NAME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FIN_AGENT_STATUS_UPDATED_EVENT_EVENT_NAME_VALUES!r}")
