# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

TicketListType = Literal["ticket.list"]

TICKET_LIST_TYPE_VALUES: set[TicketListType] = {
    "ticket.list",
}


def check_ticket_list_type(value: str) -> TicketListType:
    if value in TICKET_LIST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TICKET_LIST_TYPE_VALUES!r}")
