# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

WhatsappMessageStatusListPagesType = Literal["pages"]

WHATSAPP_MESSAGE_STATUS_LIST_PAGES_TYPE_VALUES: set[WhatsappMessageStatusListPagesType] = {
    "pages",
}


def check_whatsapp_message_status_list_pages_type(value: str) -> WhatsappMessageStatusListPagesType:
    if value in WHATSAPP_MESSAGE_STATUS_LIST_PAGES_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {WHATSAPP_MESSAGE_STATUS_LIST_PAGES_TYPE_VALUES!r}")
