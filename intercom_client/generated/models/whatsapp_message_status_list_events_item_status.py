# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

WhatsappMessageStatusListEventsItemStatus = Literal["delivered", "failed", "read", "sent"]

WHATSAPP_MESSAGE_STATUS_LIST_EVENTS_ITEM_STATUS_VALUES: set[WhatsappMessageStatusListEventsItemStatus] = {
    "delivered",
    "failed",
    "read",
    "sent",
}


def check_whatsapp_message_status_list_events_item_status(value: str) -> WhatsappMessageStatusListEventsItemStatus:
    if value in WHATSAPP_MESSAGE_STATUS_LIST_EVENTS_ITEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WHATSAPP_MESSAGE_STATUS_LIST_EVENTS_ITEM_STATUS_VALUES!r}"
    )
