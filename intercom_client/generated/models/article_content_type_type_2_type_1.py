# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ArticleContentTypeType2Type1 = Literal["article_content"]

ARTICLE_CONTENT_TYPE_TYPE_2_TYPE_1_VALUES: set[ArticleContentTypeType2Type1] = {
    "article_content",
}


def check_article_content_type_type_2_type_1(value: str) -> ArticleContentTypeType2Type1:
    if value in ARTICLE_CONTENT_TYPE_TYPE_2_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ARTICLE_CONTENT_TYPE_TYPE_2_TYPE_1_VALUES!r}")
