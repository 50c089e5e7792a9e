# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

RecipientType = Literal["lead", "user"]

RECIPIENT_TYPE_VALUES: set[RecipientType] = {
    "lead",
    "user",
}


def check_recipient_type(value: str) -> RecipientType:
    if value in RECIPIENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RECIPIENT_TYPE_VALUES!r}")
