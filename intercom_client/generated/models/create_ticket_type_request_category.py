# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

CreateTicketTypeRequestCategory = Literal["Back-office", "Customer", "Tracker"]

CREATE_TICKET_TYPE_REQUEST_CATEGORY_VALUES: set[CreateTicketTypeRequestCategory] = {
    "Back-office",
    "Customer",
    "Tracker",
}


def check_create_ticket_type_request_category(value: str) -> CreateTicketTypeRequestCategory:
    if value in CREATE_TICKET_TYPE_REQUEST_CATEGORY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_TICKET_TYPE_REQUEST_CATEGORY_VALUES!r}")
