# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

AdminReplyTicketRequestType = Literal["admin"]

ADMIN_REPLY_TICKET_REQUEST_TYPE_VALUES: set[AdminReplyTicketRequestType] = {
    "admin",
}


def check_admin_reply_ticket_request_type(value: str) -> AdminReplyTicketRequestType:
    if value in ADMIN_REPLY_TICKET_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ADMIN_REPLY_TICKET_REQUEST_TYPE_VALUES!r}")
