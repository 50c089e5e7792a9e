# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ArticleVersionSummaryType = Literal["article_version"]

ARTICLE_VERSION_SUMMARY_TYPE_VALUES: set[ArticleVersionSummaryType] = {
    "article_version",
}


def check_article_version_summary_type(value: str) -> ArticleVersionSummaryType:
    if value in ARTICLE_VERSION_SUMMARY_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ARTICLE_VERSION_SUMMARY_TYPE_VALUES!r}")
