# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

CreateMessageRequestFromType = Literal["admin"]

CREATE_MESSAGE_REQUEST_FROM_TYPE_VALUES: set[CreateMessageRequestFromType] = {
    "admin",
}


def check_create_message_request_from_type(value: str) -> CreateMessageRequestFromType:
    if value in CREATE_MESSAGE_REQUEST_FROM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_MESSAGE_REQUEST_FROM_TYPE_VALUES!r}")
