# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

GroupContentTypeType3Type1 = Literal["group_content"]

GROUP_CONTENT_TYPE_TYPE_3_TYPE_1_VALUES: set[GroupContentTypeType3Type1] = {
    "group_content",
}


def check_group_content_type_type_3_type_1(value: str) -> GroupContentTypeType3Type1:
    if value in GROUP_CONTENT_TYPE_TYPE_3_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GROUP_CONTENT_TYPE_TYPE_3_TYPE_1_VALUES!r}")
