# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ArticleListItemState = Literal["draft", "published"]

ARTICLE_LIST_ITEM_STATE_VALUES: set[ArticleListItemState] = {
    "draft",
    "published",
}


def check_article_list_item_state(value: str) -> ArticleListItemState:
    if value in ARTICLE_LIST_ITEM_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ARTICLE_LIST_ITEM_STATE_VALUES!r}")
