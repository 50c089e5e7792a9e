# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ArticleVersionType = Literal["article_version"]

ARTICLE_VERSION_TYPE_VALUES: set[ArticleVersionType] = {
    "article_version",
}


def check_article_version_type(value: str) -> ArticleVersionType:
    if value in ARTICLE_VERSION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ARTICLE_VERSION_TYPE_VALUES!r}")
