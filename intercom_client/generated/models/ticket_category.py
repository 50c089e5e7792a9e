# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

TicketCategory = Literal["Back-office", "Customer", "Tracker"]

TICKET_CATEGORY_VALUES: set[TicketCategory] = {
    "Back-office",
    "Customer",
    "Tracker",
}


def check_ticket_category(value: str) -> TicketCategory:
    if value in TICKET_CATEGORY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TICKET_CATEGORY_VALUES!r}")
