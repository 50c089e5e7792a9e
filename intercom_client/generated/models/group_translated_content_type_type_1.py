# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

GroupTranslatedContentTypeType1 = Literal["group_translated_content"]

GROUP_TRANSLATED_CONTENT_TYPE_TYPE_1_VALUES: set[GroupTranslatedContentTypeType1] = {
    "group_translated_content",
}


def check_group_translated_content_type_type_1(value: str) -> GroupTranslatedContentTypeType1:
    if value in GROUP_TRANSLATED_CONTENT_TYPE_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GROUP_TRANSLATED_CONTENT_TYPE_TYPE_1_VALUES!r}")
