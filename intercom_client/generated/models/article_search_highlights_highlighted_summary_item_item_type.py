# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ArticleSearchHighlightsHighlightedSummaryItemItemType = Literal["highlight", "plain"]

ARTICLE_SEARCH_HIGHLIGHTS_HIGHLIGHTED_SUMMARY_ITEM_ITEM_TYPE_VALUES: set[
    ArticleSearchHighlightsHighlightedSummaryItemItemType
] = {
    "highlight",
    "plain",
}


def check_article_search_highlights_highlighted_summary_item_item_type(
    value: str,
) -> ArticleSearchHighlightsHighlightedSummaryItemItemType:
    if value in ARTICLE_SEARCH_HIGHLIGHTS_HIGHLIGHTED_SUMMARY_ITEM_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ARTICLE_SEARCH_HIGHLIGHTS_HIGHLIGHTED_SUMMARY_ITEM_ITEM_TYPE_VALUES!r}"
    )
