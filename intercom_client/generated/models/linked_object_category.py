# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

LinkedObjectCategory = Literal["Back-office", "Customer", "Tracker"]

LINKED_OBJECT_CATEGORY_VALUES: set[LinkedObjectCategory] = {
    "Back-office",
    "Customer",
    "Tracker",
}


def check_linked_object_category(value: str) -> LinkedObjectCategory:
    if value in LINKED_OBJECT_CATEGORY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LINKED_OBJECT_CATEGORY_VALUES!r}")
