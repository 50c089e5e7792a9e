# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

WhatsappMessageStatusListEventsItemType = Literal["broadcast_outbound"]

WHATSAPP_MESSAGE_STATUS_LIST_EVENTS_ITEM_TYPE_VALUES: set[WhatsappMessageStatusListEventsItemType] = {
    "broadcast_outbound",
}


def check_whatsapp_message_status_list_events_item_type(value: str) -> WhatsappMessageStatusListEventsItemType:
    if value in WHATSAPP_MESSAGE_STATUS_LIST_EVENTS_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WHATSAPP_MESSAGE_STATUS_LIST_EVENTS_ITEM_TYPE_VALUES!r}"
    )
