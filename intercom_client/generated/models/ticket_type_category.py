# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

TicketTypeCategory = Literal["Back-office", "Customer", "Tracker"]

TICKET_TYPE_CATEGORY_VALUES: set[TicketTypeCategory] = {
    "Back-office",
    "Customer",
    "Tracker",
}


def check_ticket_type_category(value: str) -> TicketTypeCategory:
    if value in TICKET_TYPE_CATEGORY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TICKET_TYPE_CATEGORY_VALUES!r}")
