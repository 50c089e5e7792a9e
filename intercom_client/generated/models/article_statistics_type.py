# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ArticleStatisticsType = Literal["article_statistics"]

ARTICLE_STATISTICS_TYPE_VALUES: set[ArticleStatisticsType] = {
    "article_statistics",
}


def check_article_statistics_type(value: str) -> ArticleStatisticsType:
    if value in ARTICLE_STATISTICS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ARTICLE_STATISTICS_TYPE_VALUES!r}")
