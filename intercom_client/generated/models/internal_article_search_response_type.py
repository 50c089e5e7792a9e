# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

InternalArticleSearchResponseType = Literal["list"]

INTERNAL_ARTICLE_SEARCH_RESPONSE_TYPE_VALUES: set[InternalArticleSearchResponseType] = {
    "list",
}


def check_internal_article_search_response_type(value: str) -> InternalArticleSearchResponseType:
    if value in INTERNAL_ARTICLE_SEARCH_RESPONSE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INTERNAL_ARTICLE_SEARCH_RESPONSE_TYPE_VALUES!r}")
