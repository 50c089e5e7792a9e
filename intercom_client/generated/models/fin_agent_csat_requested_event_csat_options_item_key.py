# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

FinAgentCsatRequestedEventCsatOptionsItemKey = Literal["amazing", "bad", "good", "ok", "terrible"]

FIN_AGENT_CSAT_REQUESTED_EVENT_CSAT_OPTIONS_ITEM_KEY_VALUES: set[FinAgentCsatRequestedEventCsatOptionsItemKey] = {
    "amazing",
    "bad",
    "good",
    "ok",
    "terrible",
}


def check_fin_agent_csat_requested_event_csat_options_item_key(
    value: str,
) -> FinAgentCsatRequestedEventCsatOptionsItemKey:
    if value in FIN_AGENT_CSAT_REQUESTED_EVENT_CSAT_OPTIONS_ITEM_KEY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {FIN_AGENT_CSAT_REQUESTED_EVENT_CSAT_OPTIONS_ITEM_KEY_VALUES!r}"
    )
