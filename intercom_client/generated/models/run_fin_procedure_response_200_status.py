# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

RunFinProcedureResponse200Status = Literal[
    "awaiting_user_reply", "complete", "escalated", "replying", "resolved", "thinking"
]

RUN_FIN_PROCEDURE_RESPONSE_200_STATUS_VALUES: set[RunFinProcedureResponse200Status] = {
    "awaiting_user_reply",
    "complete",
    "escalated",
    "replying",
    "resolved",
    "thinking",
}


def check_run_fin_procedure_response_200_status(value: str) -> RunFinProcedureResponse200Status:
    if value in RUN_FIN_PROCEDURE_RESPONSE_200_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RUN_FIN_PROCEDURE_RESPONSE_200_STATUS_VALUES!r}")
