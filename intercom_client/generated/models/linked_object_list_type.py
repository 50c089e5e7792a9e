# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

LinkedObjectListType = Literal["list"]

LINKED_OBJECT_LIST_TYPE_VALUES: set[LinkedObjectListType] = {
    "list",
}


def check_linked_object_list_type(value: str) -> LinkedObjectListType:
    if value in LINKED_OBJECT_LIST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LINKED_OBJECT_LIST_TYPE_VALUES!r}")
