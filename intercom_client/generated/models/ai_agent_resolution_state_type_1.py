# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

AiAgentResolutionStateType1 = Literal[
    "assumed_resolution", "confirmed_resolution", "escalated", "negative_feedback", "procedure_handoff"
]

AI_AGENT_RESOLUTION_STATE_TYPE_1_VALUES: set[AiAgentResolutionStateType1] = {
    "assumed_resolution",
    "confirmed_resolution",
    "escalated",
    "negative_feedback",
    "procedure_handoff",
}


def check_ai_agent_resolution_state_type_1(value: str) -> AiAgentResolutionStateType1:
    if value in AI_AGENT_RESOLUTION_STATE_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AI_AGENT_RESOLUTION_STATE_TYPE_1_VALUES!r}")
