# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

AiAgentSourceType = Literal["essentials_plan_setup", "fin_preview", "profile", "workflow", "workflow_preview"]

AI_AGENT_SOURCE_TYPE_VALUES: set[AiAgentSourceType] = {
    "essentials_plan_setup",
    "fin_preview",
    "profile",
    "workflow",
    "workflow_preview",
}


def check_ai_agent_source_type(value: str) -> AiAgentSourceType:
    if value in AI_AGENT_SOURCE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AI_AGENT_SOURCE_TYPE_VALUES!r}")
