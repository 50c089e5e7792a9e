# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

FinAgentMessageAuthor = Literal["agent", "fin", "user"]

FIN_AGENT_MESSAGE_AUTHOR_VALUES: set[FinAgentMessageAuthor] = {
    "agent",
    "fin",
    "user",
}


def check_fin_agent_message_author(value: str) -> FinAgentMessageAuthor:
    if value in FIN_AGENT_MESSAGE_AUTHOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FIN_AGENT_MESSAGE_AUTHOR_VALUES!r}")
