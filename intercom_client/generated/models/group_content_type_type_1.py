# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

GroupContentTypeType1 = Literal["group_content"]

GROUP_CONTENT_TYPE_TYPE_1_VALUES: set[GroupContentTypeType1] = {
    "group_content",
}


def check_group_content_type_type_1(value: str) -> GroupContentTypeType1:
    if value in GROUP_CONTENT_TYPE_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GROUP_CONTENT_TYPE_TYPE_1_VALUES!r}")
