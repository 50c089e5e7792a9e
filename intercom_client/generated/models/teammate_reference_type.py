# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

TeammateReferenceType = Literal["admin", "bot", "team"]

TEAMMATE_REFERENCE_TYPE_VALUES: set[TeammateReferenceType] = {
    "admin",
    "bot",
    "team",
}


def check_teammate_reference_type(value: str) -> TeammateReferenceType:
    if value in TEAMMATE_REFERENCE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TEAMMATE_REFERENCE_TYPE_VALUES!r}")
