# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ArticleVersionListType = Literal["list"]

ARTICLE_VERSION_LIST_TYPE_VALUES: set[ArticleVersionListType] = {
    "list",
}


def check_article_version_list_type(value: str) -> ArticleVersionListType:
    if value in ARTICLE_VERSION_LIST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ARTICLE_VERSION_LIST_TYPE_VALUES!r}")
