# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

AskFinResponse200Status = Literal["complete", "replying", "resolved", "thinking"]

ASK_FIN_RESPONSE_200_STATUS_VALUES: set[AskFinResponse200Status] = {
    "complete",
    "replying",
    "resolved",
    "thinking",
}


def check_ask_fin_response_200_status(value: str) -> AskFinResponse200Status:
    if value in ASK_FIN_RESPONSE_200_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ASK_FIN_RESPONSE_200_STATUS_VALUES!r}")
