# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ContentSearchArticleContentItemType = Literal["article_content"]

CONTENT_SEARCH_ARTICLE_CONTENT_ITEM_TYPE_VALUES: set[ContentSearchArticleContentItemType] = {
    "article_content",
}


def check_content_search_article_content_item_type(value: str) -> ContentSearchArticleContentItemType:
    if value in CONTENT_SEARCH_ARTICLE_CONTENT_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTENT_SEARCH_ARTICLE_CONTENT_ITEM_TYPE_VALUES!r}")
