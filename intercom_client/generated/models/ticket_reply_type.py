# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

TicketReplyType = Literal["ticket_part"]

TICKET_REPLY_TYPE_VALUES: set[TicketReplyType] = {
    "ticket_part",
}


def check_ticket_reply_type(value: str) -> TicketReplyType:
    if value in TICKET_REPLY_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TICKET_REPLY_TYPE_VALUES!r}")
