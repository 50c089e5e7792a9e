# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

GroupContentTypeType2Type1 = Literal["group_content"]

GROUP_CONTENT_TYPE_TYPE_2_TYPE_1_VALUES: set[GroupContentTypeType2Type1] = {
    "group_content",
}


def check_group_content_type_type_2_type_1(value: str) -> GroupContentTypeType2Type1:
    if value in GROUP_CONTENT_TYPE_TYPE_2_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GROUP_CONTENT_TYPE_TYPE_2_TYPE_1_VALUES!r}")
