# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

DeletedFolderObjectObject = Literal["folder"]

DELETED_FOLDER_OBJECT_OBJECT_VALUES: set[DeletedFolderObjectObject] = {
    "folder",
}


def check_deleted_folder_object_object(value: str) -> DeletedFolderObjectObject:
    if value in DELETED_FOLDER_OBJECT_OBJECT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DELETED_FOLDER_OBJECT_OBJECT_VALUES!r}")
