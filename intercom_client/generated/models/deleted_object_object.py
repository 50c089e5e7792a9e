# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

DeletedObjectObject = Literal["news-item"]

DELETED_OBJECT_OBJECT_VALUES: set[DeletedObjectObject] = {
    "news-item",
}


def check_deleted_object_object(value: str) -> DeletedObjectObject:
    if value in DELETED_OBJECT_OBJECT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DELETED_OBJECT_OBJECT_VALUES!r}")
