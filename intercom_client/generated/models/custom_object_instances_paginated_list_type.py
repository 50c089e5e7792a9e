# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

CustomObjectInstancesPaginatedListType = Literal["list"]

CUSTOM_OBJECT_INSTANCES_PAGINATED_LIST_TYPE_VALUES: set[CustomObjectInstancesPaginatedListType] = {
    "list",
}


def check_custom_object_instances_paginated_list_type(value: str) -> CustomObjectInstancesPaginatedListType:
    if value in CUSTOM_OBJECT_INSTANCES_PAGINATED_LIST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CUSTOM_OBJECT_INSTANCES_PAGINATED_LIST_TYPE_VALUES!r}"
    )
