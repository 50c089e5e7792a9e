# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ContentImportSourcesListType = Literal["list"]

CONTENT_IMPORT_SOURCES_LIST_TYPE_VALUES: set[ContentImportSourcesListType] = {
    "list",
}


def check_content_import_sources_list_type(value: str) -> ContentImportSourcesListType:
    if value in CONTENT_IMPORT_SOURCES_LIST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTENT_IMPORT_SOURCES_LIST_TYPE_VALUES!r}")
