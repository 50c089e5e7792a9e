# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ContactActivityType = Literal["contact_activity"]

CONTACT_ACTIVITY_TYPE_VALUES: set[ContactActivityType] = {
    "contact_activity",
}


def check_contact_activity_type(value: str) -> ContactActivityType:
    if value in CONTACT_ACTIVITY_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTACT_ACTIVITY_TYPE_VALUES!r}")
