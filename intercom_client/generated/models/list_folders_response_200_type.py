# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ListFoldersResponse200Type = Literal["list"]

LIST_FOLDERS_RESPONSE_200_TYPE_VALUES: set[ListFoldersResponse200Type] = {
    "list",
}


def check_list_folders_response_200_type(value: str) -> ListFoldersResponse200Type:
    if value in LIST_FOLDERS_RESPONSE_200_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_FOLDERS_RESPONSE_200_TYPE_VALUES!r}")
