# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ContentSearchResponseType = Literal["list"]

CONTENT_SEARCH_RESPONSE_TYPE_VALUES: set[ContentSearchResponseType] = {
    "list",
}


def check_content_search_response_type(value: str) -> ContentSearchResponseType:
    if value in CONTENT_SEARCH_RESPONSE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTENT_SEARCH_RESPONSE_TYPE_VALUES!r}")
