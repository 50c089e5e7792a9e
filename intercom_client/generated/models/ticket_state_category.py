# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

TicketStateCategory = Literal["in_progress", "resolved", "submitted", "waiting_on_customer"]

TICKET_STATE_CATEGORY_VALUES: set[TicketStateCategory] = {
    "in_progress",
    "resolved",
    "submitted",
    "waiting_on_customer",
}


def check_ticket_state_category(value: str) -> TicketStateCategory:
    if value in TICKET_STATE_CATEGORY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TICKET_STATE_CATEGORY_VALUES!r}")
