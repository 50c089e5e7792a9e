# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

TicketPartAuthorType = Literal["admin", "bot", "team", "user"]

TICKET_PART_AUTHOR_TYPE_VALUES: set[TicketPartAuthorType] = {
    "admin",
    "bot",
    "team",
    "user",
}


def check_ticket_part_author_type(value: str) -> TicketPartAuthorType:
    if value in TICKET_PART_AUTHOR_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TICKET_PART_AUTHOR_TYPE_VALUES!r}")
