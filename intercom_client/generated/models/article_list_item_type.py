# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ArticleListItemType = Literal["article"]

ARTICLE_LIST_ITEM_TYPE_VALUES: set[ArticleListItemType] = {
    "article",
}


def check_article_list_item_type(value: str) -> ArticleListItemType:
    if value in ARTICLE_LIST_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ARTICLE_LIST_ITEM_TYPE_VALUES!r}")
