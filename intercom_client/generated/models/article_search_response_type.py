# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ArticleSearchResponseType = Literal["list"]

ARTICLE_SEARCH_RESPONSE_TYPE_VALUES: set[ArticleSearchResponseType] = {
    "list",
}


def check_article_search_response_type(value: str) -> ArticleSearchResponseType:
    if value in ARTICLE_SEARCH_RESPONSE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ARTICLE_SEARCH_RESPONSE_TYPE_VALUES!r}")
