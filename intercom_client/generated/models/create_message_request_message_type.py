# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

CreateMessageRequestMessageType = Literal["email", "in_app", "sms", "whatsapp"]

CREATE_MESSAGE_REQUEST_MESSAGE_TYPE_VALUES: set[CreateMessageRequestMessageType] = {
    "email",
    "in_app",
    "sms",
    "whatsapp",
}


def check_create_message_request_message_type(value: str) -> CreateMessageRequestMessageType:
    if value in CREATE_MESSAGE_REQUEST_MESSAGE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_MESSAGE_REQUEST_MESSAGE_TYPE_VALUES!r}")
