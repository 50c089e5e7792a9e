# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ContentSearchArticleItemType = Literal["article"]

CONTENT_SEARCH_ARTICLE_ITEM_TYPE_VALUES: set[ContentSearchArticleItemType] = {
    "article",
}


def check_content_search_article_item_type(value: str) -> ContentSearchArticleItemType:
    if value in CONTENT_SEARCH_ARTICLE_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTENT_SEARCH_ARTICLE_ITEM_TYPE_VALUES!r}")
