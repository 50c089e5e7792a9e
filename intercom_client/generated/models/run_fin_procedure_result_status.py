# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

RunFinProcedureResultStatus = Literal[
    "awaiting_user_reply", "complete", "escalated", "replying", "resolved", "thinking"
]

RUN_FIN_PROCEDURE_RESULT_STATUS_VALUES: set[RunFinProcedureResultStatus] = {
    "awaiting_user_reply",
    "complete",
    "escalated",
    "replying",
    "resolved",
    "thinking",
}


def check_run_fin_procedure_result_status(value: str) -> RunFinProcedureResultStatus:
    if value in RUN_FIN_PROCEDURE_RESULT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RUN_FIN_PROCEDURE_RESULT_STATUS_VALUES!r}")
