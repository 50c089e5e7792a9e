# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

AiAgentLastAnswerTypeType1 = Literal["ai_answer", "custom_answer"]

AI_AGENT_LAST_ANSWER_TYPE_TYPE_1_VALUES: set[AiAgentLastAnswerTypeType1] = {
    "ai_answer",
    "custom_answer",
}


def check_ai_agent_last_answer_type_type_1(value: str) -> AiAgentLastAnswerTypeType1:
    if value in AI_AGENT_LAST_ANSWER_TYPE_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AI_AGENT_LAST_ANSWER_TYPE_TYPE_1_VALUES!r}")
