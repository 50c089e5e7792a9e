# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

LinkedObjectType = Literal["conversation", "ticket"]

LINKED_OBJECT_TYPE_VALUES: set[LinkedObjectType] = {
    "conversation",
    "ticket",
}


def check_linked_object_type(value: str) -> LinkedObjectType:
    if value in LINKED_OBJECT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LINKED_OBJECT_TYPE_VALUES!r}")
