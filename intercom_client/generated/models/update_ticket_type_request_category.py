# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

UpdateTicketTypeRequestCategory = Literal["Back-office", "Customer", "Tracker"]

UPDATE_TICKET_TYPE_REQUEST_CATEGORY_VALUES: set[UpdateTicketTypeRequestCategory] = {
    "Back-office",
    "Customer",
    "Tracker",
}


def check_update_ticket_type_request_category(value: str) -> UpdateTicketTypeRequestCategory:
    if value in UPDATE_TICKET_TYPE_REQUEST_CATEGORY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_TICKET_TYPE_REQUEST_CATEGORY_VALUES!r}")
