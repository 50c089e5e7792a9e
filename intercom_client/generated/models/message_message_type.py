# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

MessageMessageType = Literal["email", "facebook", "inapp", "sms", "twitter", "whatsapp"]

MESSAGE_MESSAGE_TYPE_VALUES: set[MessageMessageType] = {
    "email",
    "facebook",
    "inapp",
    "sms",
    "twitter",
    "whatsapp",
}


def check_message_message_type(value: str) -> MessageMessageType:
    if value in MESSAGE_MESSAGE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MESSAGE_MESSAGE_TYPE_VALUES!r}")
