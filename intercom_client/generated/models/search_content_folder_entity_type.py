# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

SearchContentFolderEntityType = Literal["folder"]

SEARCH_CONTENT_FOLDER_ENTITY_TYPE_VALUES: set[SearchContentFolderEntityType] = {
    "folder",
}


def check_search_content_folder_entity_type(value: str) -> SearchContentFolderEntityType:
    if value in SEARCH_CONTENT_FOLDER_ENTITY_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEARCH_CONTENT_FOLDER_ENTITY_TYPE_VALUES!r}")
