# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

TicketTypeEnum = Literal["ticket"]

TICKET_TYPE_ENUM_VALUES: set[TicketTypeEnum] = {
    "ticket",
}


def check_ticket_type_enum(value: str) -> TicketTypeEnum:
    if value in TICKET_TYPE_ENUM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TICKET_TYPE_ENUM_VALUES!r}")
