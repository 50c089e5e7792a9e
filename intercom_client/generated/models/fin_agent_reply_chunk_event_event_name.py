# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

FinAgentReplyChunkEventEventName = Literal["fin_reply_chunk"]

FIN_AGENT_REPLY_CHUNK_EVENT_EVENT_NAME_VALUES: set[FinAgentReplyChunkEventEventName] = {
    "fin_reply_chunk",
}


def check_fin_agent_reply_chunk_event_event_name(value: str) -> FinAgentReplyChunkEventEventName:
    if value in FIN_AGENT_REPLY_CHUNK_EVENT_EVENT_NAME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FIN_AGENT_REPLY_CHUNK_EVENT_EVENT_NAME_VALUES!r}")
