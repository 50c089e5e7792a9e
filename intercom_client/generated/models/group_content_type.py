# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

GroupContentType = Literal["group_content"]

GROUP_CONTENT_TYPE_VALUES: set[GroupContentType] = {
    "group_content",
}


def check_group_content_type(value: str) -> GroupContentType:
    if value in GROUP_CONTENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GROUP_CONTENT_TYPE_VALUES!r}")
