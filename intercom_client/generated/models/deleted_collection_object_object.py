# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

DeletedCollectionObjectObject = Literal["collection"]

DELETED_COLLECTION_OBJECT_OBJECT_VALUES: set[DeletedCollectionObjectObject] = {
    "collection",
}


def check_deleted_collection_object_object(value: str) -> DeletedCollectionObjectObject:
    if value in DELETED_COLLECTION_OBJECT_OBJECT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DELETED_COLLECTION_OBJECT_OBJECT_VALUES!r}")
