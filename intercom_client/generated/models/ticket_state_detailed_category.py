# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

TicketStateDetailedCategory = Literal["in_progress", "resolved", "submitted", "waiting_on_customer"]

TICKET_STATE_DETAILED_CATEGORY_VALUES: set[TicketStateDetailedCategory] = {
    "in_progress",
    "resolved",
    "submitted",
    "waiting_on_customer",
}


def check_ticket_state_detailed_category(value: str) -> TicketStateDetailedCategory:
    if value in TICKET_STATE_DETAILED_CATEGORY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TICKET_STATE_DETAILED_CATEGORY_VALUES!r}")
