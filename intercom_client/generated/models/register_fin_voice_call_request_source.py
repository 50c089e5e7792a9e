# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

RegisterFinVoiceCallRequestSource = Literal["aws_connect", "five9", "zoom_phone"]

REGISTER_FIN_VOICE_CALL_REQUEST_SOURCE_VALUES: set[RegisterFinVoiceCallRequestSource] = {
    "aws_connect",
    "five9",
    "zoom_phone",
}


def check_register_fin_voice_call_request_source(value: str) -> RegisterFinVoiceCallRequestSource:
    if value in REGISTER_FIN_VOICE_CALL_REQUEST_SOURCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REGISTER_FIN_VOICE_CALL_REQUEST_SOURCE_VALUES!r}")
