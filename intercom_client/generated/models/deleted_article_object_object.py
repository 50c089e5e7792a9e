# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

DeletedArticleObjectObject = Literal["article"]

DELETED_ARTICLE_OBJECT_OBJECT_VALUES: set[DeletedArticleObjectObject] = {
    "article",
}


def check_deleted_article_object_object(value: str) -> DeletedArticleObjectObject:
    if value in DELETED_ARTICLE_OBJECT_OBJECT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DELETED_ARTICLE_OBJECT_OBJECT_VALUES!r}")
