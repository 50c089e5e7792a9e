# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

FinAgentRepliedEventEventName = Literal["fin_replied"]

FIN_AGENT_REPLIED_EVENT_EVENT_NAME_VALUES: set[FinAgentRepliedEventEventName] = {
    "fin_replied",
}


def check_fin_agent_replied_event_event_name(value: str) -> FinAgentRepliedEventEventName:
    if value in FIN_AGENT_REPLIED_EVENT_EVENT_NAME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FIN_AGENT_REPLIED_EVENT_EVENT_NAME_VALUES!r}")
