# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

TicketContactsType = Literal["contact.list"]

TICKET_CONTACTS_TYPE_VALUES: set[TicketContactsType] = {
    "contact.list",
}


def check_ticket_contacts_type(value: str) -> TicketContactsType:
    if value in TICKET_CONTACTS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TICKET_CONTACTS_TYPE_VALUES!r}")
