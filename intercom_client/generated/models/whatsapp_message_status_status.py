# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

WhatsappMessageStatusStatus = Literal["delivered", "failed", "read", "sent"]

WHATSAPP_MESSAGE_STATUS_STATUS_VALUES: set[WhatsappMessageStatusStatus] = {
    "delivered",
    "failed",
    "read",
    "sent",
}


def check_whatsapp_message_status_status(value: str) -> WhatsappMessageStatusStatus:
    if value in WHATSAPP_MESSAGE_STATUS_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WHATSAPP_MESSAGE_STATUS_STATUS_VALUES!r}")
