# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ContentSearchDefaultItemType = Literal["content_snippet", "external_content", "file_source_content", "internal_article"]

CONTENT_SEARCH_DEFAULT_ITEM_TYPE_VALUES: set[ContentSearchDefaultItemType] = {
    "content_snippet",
    "external_content",
    "file_source_content",
    "internal_article",
}


def check_content_search_default_item_type(value: str) -> ContentSearchDefaultItemType:
    if value in CONTENT_SEARCH_DEFAULT_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTENT_SEARCH_DEFAULT_ITEM_TYPE_VALUES!r}")
