# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

AiAgentLastAnswerTypeType2Type1 = Literal["ai_answer", "custom_answer"]
