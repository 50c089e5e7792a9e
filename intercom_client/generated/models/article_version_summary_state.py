# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ArticleVersionSummaryState = Literal["draft", "published"]

ARTICLE_VERSION_SUMMARY_STATE_VALUES: set[ArticleVersionSummaryState] = {
    "draft",
    "published",
}


def check_article_version_summary_state(value: str) -> ArticleVersionSummaryState:
    if value in ARTICLE_VERSION_SUMMARY_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ARTICLE_VERSION_SUMMARY_STATE_VALUES!r}")
