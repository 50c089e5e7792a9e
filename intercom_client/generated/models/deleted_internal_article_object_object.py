# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

DeletedInternalArticleObjectObject = Literal["internal_article"]

DELETED_INTERNAL_ARTICLE_OBJECT_OBJECT_VALUES: set[DeletedInternalArticleObjectObject] = {
    "internal_article",
}


def check_deleted_internal_article_object_object(value: str) -> DeletedInternalArticleObjectObject:
    if value in DELETED_INTERNAL_ARTICLE_OBJECT_OBJECT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DELETED_INTERNAL_ARTICLE_OBJECT_OBJECT_VALUES!r}")
