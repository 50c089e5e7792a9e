# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

AdminReplyTicketRequestMessageType = Literal["comment", "note", "quick_reply"]

ADMIN_REPLY_TICKET_REQUEST_MESSAGE_TYPE_VALUES: set[AdminReplyTicketRequestMessageType] = {
    "comment",
    "note",
    "quick_reply",
}


def check_admin_reply_ticket_request_message_type(value: str) -> AdminReplyTicketRequestMessageType:
    if value in ADMIN_REPLY_TICKET_REQUEST_MESSAGE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ADMIN_REPLY_TICKET_REQUEST_MESSAGE_TYPE_VALUES!r}")
