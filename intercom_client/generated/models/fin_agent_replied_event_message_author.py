# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

FinAgentRepliedEventMessageAuthor = Literal["fin"]

FIN_AGENT_REPLIED_EVENT_MESSAGE_AUTHOR_VALUES: set[FinAgentRepliedEventMessageAuthor] = {
    "fin",
}


def check_fin_agent_replied_event_message_author(value: str) -> FinAgentRepliedEventMessageAuthor:
    if value in FIN_AGENT_REPLIED_EVENT_MESSAGE_AUTHOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FIN_AGENT_REPLIED_EVENT_MESSAGE_AUTHOR_VALUES!r}")
