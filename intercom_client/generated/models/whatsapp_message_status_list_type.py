# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

WhatsappMessageStatusListType = Literal["list"]

WHATSAPP_MESSAGE_STATUS_LIST_TYPE_VALUES: set[WhatsappMessageStatusListType] = {
    "list",
}


def check_whatsapp_message_status_list_type(value: str) -> WhatsappMessageStatusListType:
    if value in WHATSAPP_MESSAGE_STATUS_LIST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WHATSAPP_MESSAGE_STATUS_LIST_TYPE_VALUES!r}")
