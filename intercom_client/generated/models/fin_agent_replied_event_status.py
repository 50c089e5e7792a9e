# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

FinAgentRepliedEventStatus = Literal["awaiting_user_reply", "replying"]

FIN_AGENT_REPLIED_EVENT_STATUS_VALUES: set[FinAgentRepliedEventStatus] = {
    "awaiting_user_reply",
    "replying",
}


def check_fin_agent_replied_event_status(value: str) -> FinAgentRepliedEventStatus:
    if value in FIN_AGENT_REPLIED_EVENT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FIN_AGENT_REPLIED_EVENT_STATUS_VALUES!r}")
