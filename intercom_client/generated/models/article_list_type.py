# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ArticleListType = Literal["list"]

ARTICLE_LIST_TYPE_VALUES: set[ArticleListType] = {
    "list",
}


def check_article_list_type(value: str) -> ArticleListType:
    if value in ARTICLE_LIST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ARTICLE_LIST_TYPE_VALUES!r}")
