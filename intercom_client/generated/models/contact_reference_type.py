# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ContactReferenceType = Literal["contact"]

CONTACT_REFERENCE_TYPE_VALUES: set[ContactReferenceType] = {
    "contact",
}


def check_contact_reference_type(value: str) -> ContactReferenceType:
    if value in CONTACT_REFERENCE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTACT_REFERENCE_TYPE_VALUES!r}")
