# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

SnoozeConversationRequestMessageType = Literal["snoozed"]

SNOOZE_CONVERSATION_REQUEST_MESSAGE_TYPE_VALUES: set[SnoozeConversationRequestMessageType] = {
    "snoozed",
}


def check_snooze_conversation_request_message_type(value: str) -> SnoozeConversationRequestMessageType:
    if value in SNOOZE_CONVERSATION_REQUEST_MESSAGE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SNOOZE_CONVERSATION_REQUEST_MESSAGE_TYPE_VALUES!r}")
