# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ArticleTranslatedContentTypeType3Type1 = Literal["article_translated_content"]

ARTICLE_TRANSLATED_CONTENT_TYPE_TYPE_3_TYPE_1_VALUES: set[ArticleTranslatedContentTypeType3Type1] = {
    "article_translated_content",
}


def check_article_translated_content_type_type_3_type_1(value: str) -> ArticleTranslatedContentTypeType3Type1:
    if value in ARTICLE_TRANSLATED_CONTENT_TYPE_TYPE_3_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ARTICLE_TRANSLATED_CONTENT_TYPE_TYPE_3_TYPE_1_VALUES!r}"
    )
