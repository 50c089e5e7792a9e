# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

TicketPartsType = Literal["ticket_part.list"]

TICKET_PARTS_TYPE_VALUES: set[TicketPartsType] = {
    "ticket_part.list",
}


def check_ticket_parts_type(value: str) -> TicketPartsType:
    if value in TICKET_PARTS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TICKET_PARTS_TYPE_VALUES!r}")
