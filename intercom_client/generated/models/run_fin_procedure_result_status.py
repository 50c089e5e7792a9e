# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from typing import Literal

RunFinProcedureResultStatus = Literal[
    "awaiting_user_reply", "complete", "escalated", "replying", "resolved", "thinking"
]
