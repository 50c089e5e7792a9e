# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

FinAgentReplyChunkEventStatus = Literal["replying"]

FIN_AGENT_REPLY_CHUNK_EVENT_STATUS_VALUES: set[FinAgentReplyChunkEventStatus] = {
    "replying",
}


def check_fin_agent_reply_chunk_event_status(value: str) -> FinAgentReplyChunkEventStatus:
    if value in FIN_AGENT_REPLY_CHUNK_EVENT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FIN_AGENT_REPLY_CHUNK_EVENT_STATUS_VALUES!r}")
