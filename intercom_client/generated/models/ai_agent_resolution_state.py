# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

AiAgentResolutionState = Literal[
    "assumed_resolution", "confirmed_resolution", "escalated", "negative_feedback", "procedure_handoff"
]

AI_AGENT_RESOLUTION_STATE_VALUES: set[AiAgentResolutionState] = {
    "assumed_resolution",
    "confirmed_resolution",
    "escalated",
    "negative_feedback",
    "procedure_handoff",
}


def check_ai_agent_resolution_state(value: str) -> AiAgentResolutionState:
    if value in AI_AGENT_RESOLUTION_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AI_AGENT_RESOLUTION_STATE_VALUES!r}")
