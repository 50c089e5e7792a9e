# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ArticleSearchHighlightsHighlightedTitleItemType = Literal["highlight", "plain"]

ARTICLE_SEARCH_HIGHLIGHTS_HIGHLIGHTED_TITLE_ITEM_TYPE_VALUES: set[ArticleSearchHighlightsHighlightedTitleItemType] = {
    "highlight",
    "plain",
}


def check_article_search_highlights_highlighted_title_item_type(
    value: str,
) -> ArticleSearchHighlightsHighlightedTitleItemType:
    if value in ARTICLE_SEARCH_HIGHLIGHTS_HIGHLIGHTED_TITLE_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ARTICLE_SEARCH_HIGHLIGHTS_HIGHLIGHTED_TITLE_ITEM_TYPE_VALUES!r}"
    )
