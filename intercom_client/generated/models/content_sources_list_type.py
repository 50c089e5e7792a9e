# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ContentSourcesListType = Literal["content_source.list"]

CONTENT_SOURCES_LIST_TYPE_VALUES: set[ContentSourcesListType] = {
    "content_source.list",
}


def check_content_sources_list_type(value: str) -> ContentSourcesListType:
    if value in CONTENT_SOURCES_LIST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTENT_SOURCES_LIST_TYPE_VALUES!r}")
