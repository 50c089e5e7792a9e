# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

FinAgentCsatRequestedEventEventName = Literal["csat_requested"]

FIN_AGENT_CSAT_REQUESTED_EVENT_EVENT_NAME_VALUES: set[FinAgentCsatRequestedEventEventName] = {
    "csat_requested",
}


def check_fin_agent_csat_requested_event_event_name(value: str) -> FinAgentCsatRequestedEventEventName:
    if value in FIN_AGENT_CSAT_REQUESTED_EVENT_EVENT_NAME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FIN_AGENT_CSAT_REQUESTED_EVENT_EVENT_NAME_VALUES!r}")
