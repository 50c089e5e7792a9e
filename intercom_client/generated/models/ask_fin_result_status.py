# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

AskFinResultStatus = Literal["complete", "replying", "resolved", "thinking"]

ASK_FIN_RESULT_STATUS_VALUES: set[AskFinResultStatus] = {
    "complete",
    "replying",
    "resolved",
    "thinking",
}


def check_ask_fin_result_status(value: str) -> AskFinResultStatus:
    if value in ASK_FIN_RESULT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ASK_FIN_RESULT_STATUS_VALUES!r}")
