# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

LinkedObjectCategoryType2Type1 = Literal["Back-office", "Customer", "Tracker"]

LINKED_OBJECT_CATEGORY_TYPE_2_TYPE_1_VALUES: set[LinkedObjectCategoryType2Type1] = {
    "Back-office",
    "Customer",
    "Tracker",
}


def check_linked_object_category_type_2_type_1(value: str) -> LinkedObjectCategoryType2Type1:
    if value in LINKED_OBJECT_CATEGORY_TYPE_2_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LINKED_OBJECT_CATEGORY_TYPE_2_TYPE_1_VALUES!r}")
