# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ArticleContentType = Literal["article_content"]

ARTICLE_CONTENT_TYPE_VALUES: set[ArticleContentType] = {
    "article_content",
}


def check_article_content_type(value: str) -> ArticleContentType:
    if value in ARTICLE_CONTENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ARTICLE_CONTENT_TYPE_VALUES!r}")
