# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

PaginatedResponseType = Literal["conversation.list", "list"]

PAGINATED_RESPONSE_TYPE_VALUES: set[PaginatedResponseType] = {
    "conversation.list",
    "list",
}


def check_paginated_response_type(value: str) -> PaginatedResponseType:
    if value in PAGINATED_RESPONSE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PAGINATED_RESPONSE_TYPE_VALUES!r}")
