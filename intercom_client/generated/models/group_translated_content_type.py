# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

GroupTranslatedContentType = Literal["group_translated_content"]

GROUP_TRANSLATED_CONTENT_TYPE_VALUES: set[GroupTranslatedContentType] = {
    "group_translated_content",
}


def check_group_translated_content_type(value: str) -> GroupTranslatedContentType:
    if value in GROUP_TRANSLATED_CONTENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GROUP_TRANSLATED_CONTENT_TYPE_VALUES!r}")
