# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

InternalArticleListType = Literal["list"]

INTERNAL_ARTICLE_LIST_TYPE_VALUES: set[InternalArticleListType] = {
    "list",
}


def check_internal_article_list_type(value: str) -> InternalArticleListType:
    if value in INTERNAL_ARTICLE_LIST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INTERNAL_ARTICLE_LIST_TYPE_VALUES!r}")
