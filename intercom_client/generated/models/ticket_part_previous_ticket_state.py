# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

TicketPartPreviousTicketState = Literal["in_progress", "resolved", "submitted", "waiting_on_customer"]

TICKET_PART_PREVIOUS_TICKET_STATE_VALUES: set[TicketPartPreviousTicketState] = {
    "in_progress",
    "resolved",
    "submitted",
    "waiting_on_customer",
}


def check_ticket_part_previous_ticket_state(value: str) -> TicketPartPreviousTicketState:
    if value in TICKET_PART_PREVIOUS_TICKET_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TICKET_PART_PREVIOUS_TICKET_STATE_VALUES!r}")
