# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

AiAgentLastAnswerType = Literal["ai_answer", "custom_answer"]

AI_AGENT_LAST_ANSWER_TYPE_VALUES: set[AiAgentLastAnswerType] = {
    "ai_answer",
    "custom_answer",
}


def check_ai_agent_last_answer_type(value: str) -> AiAgentLastAnswerType:
    if value in AI_AGENT_LAST_ANSWER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AI_AGENT_LAST_ANSWER_TYPE_VALUES!r}")
