# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ArticleContentTypeType1 = Literal["article_content"]

ARTICLE_CONTENT_TYPE_TYPE_1_VALUES: set[ArticleContentTypeType1] = {
    "article_content",
}


def check_article_content_type_type_1(value: str) -> ArticleContentTypeType1:
    if value in ARTICLE_CONTENT_TYPE_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ARTICLE_CONTENT_TYPE_TYPE_1_VALUES!r}")
