# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

InternalArticleListItemType = Literal["internal_article"]

INTERNAL_ARTICLE_LIST_ITEM_TYPE_VALUES: set[InternalArticleListItemType] = {
    "internal_article",
}


def check_internal_article_list_item_type(value: str) -> InternalArticleListItemType:
    if value in INTERNAL_ARTICLE_LIST_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {INTERNAL_ARTICLE_LIST_ITEM_TYPE_VALUES!r}")
