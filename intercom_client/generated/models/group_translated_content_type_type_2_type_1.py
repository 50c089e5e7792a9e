# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

GroupTranslatedContentTypeType2Type1 = Literal["group_translated_content"]

GROUP_TRANSLATED_CONTENT_TYPE_TYPE_2_TYPE_1_VALUES: set[GroupTranslatedContentTypeType2Type1] = {
    "group_translated_content",
}


def check_group_translated_content_type_type_2_type_1(value: str) -> GroupTranslatedContentTypeType2Type1:
    if value in GROUP_TRANSLATED_CONTENT_TYPE_TYPE_2_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GROUP_TRANSLATED_CONTENT_TYPE_TYPE_2_TYPE_1_VALUES!r}"
    )
