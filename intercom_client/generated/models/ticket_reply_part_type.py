# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

TicketReplyPartType = Literal["comment", "note", "quick_reply"]

TICKET_REPLY_PART_TYPE_VALUES: set[TicketReplyPartType] = {
    "comment",
    "note",
    "quick_reply",
}


def check_ticket_reply_part_type(value: str) -> TicketReplyPartType:
    if value in TICKET_REPLY_PART_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TICKET_REPLY_PART_TYPE_VALUES!r}")
