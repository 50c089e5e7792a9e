# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ArticleTranslatedContentType = Literal["article_translated_content"]

ARTICLE_TRANSLATED_CONTENT_TYPE_VALUES: set[ArticleTranslatedContentType] = {
    "article_translated_content",
}


def check_article_translated_content_type(value: str) -> ArticleTranslatedContentType:
    if value in ARTICLE_TRANSLATED_CONTENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ARTICLE_TRANSLATED_CONTENT_TYPE_VALUES!r}")
