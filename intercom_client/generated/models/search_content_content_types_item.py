# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

SearchContentContentTypesItem = Literal[
    "article", "external_content", "file_source_content", "internal_article", "snippet"
]

SEARCH_CONTENT_CONTENT_TYPES_ITEM_VALUES: set[SearchContentContentTypesItem] = {
    "article",
    "external_content",
    "file_source_content",
    "internal_article",
    "snippet",
}


def check_search_content_content_types_item(value: str) -> SearchContentContentTypesItem:
    if value in SEARCH_CONTENT_CONTENT_TYPES_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEARCH_CONTENT_CONTENT_TYPES_ITEM_VALUES!r}")
