# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

CollectionListType = Literal["list"]

COLLECTION_LIST_TYPE_VALUES: set[CollectionListType] = {
    "list",
}


def check_collection_list_type(value: str) -> CollectionListType:
    if value in COLLECTION_LIST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COLLECTION_LIST_TYPE_VALUES!r}")
