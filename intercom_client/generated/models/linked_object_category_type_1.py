# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

LinkedObjectCategoryType1 = Literal["Back-office", "Customer", "Tracker"]

LINKED_OBJECT_CATEGORY_TYPE_1_VALUES: set[LinkedObjectCategoryType1] = {
    "Back-office",
    "Customer",
    "Tracker",
}


def check_linked_object_category_type_1(value: str) -> LinkedObjectCategoryType1:
    if value in LINKED_OBJECT_CATEGORY_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LINKED_OBJECT_CATEGORY_TYPE_1_VALUES!r}")
