# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

FolderListType = Literal["list"]

FOLDER_LIST_TYPE_VALUES: set[FolderListType] = {
    "list",
}


def check_folder_list_type(value: str) -> FolderListType:
    if value in FOLDER_LIST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {FOLDER_LIST_TYPE_VALUES!r}")
