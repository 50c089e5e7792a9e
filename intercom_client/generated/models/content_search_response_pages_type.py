# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ContentSearchResponsePagesType = Literal["pages"]

CONTENT_SEARCH_RESPONSE_PAGES_TYPE_VALUES: set[ContentSearchResponsePagesType] = {
    "pages",
}


def check_content_search_response_pages_type(value: str) -> ContentSearchResponsePagesType:
    if value in CONTENT_SEARCH_RESPONSE_PAGES_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTENT_SEARCH_RESPONSE_PAGES_TYPE_VALUES!r}")
