# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from typing import Literal

AiAgentSourceType = Literal["essentials_plan_setup", "fin_preview", "profile", "workflow", "workflow_preview"]
