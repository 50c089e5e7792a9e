# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

TicketDeletedObject = Literal["ticket"]

TICKET_DELETED_OBJECT_VALUES: set[TicketDeletedObject] = {
    "ticket",
}


def check_ticket_deleted_object(value: str) -> TicketDeletedObject:
    if value in TICKET_DELETED_OBJECT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TICKET_DELETED_OBJECT_VALUES!r}")
