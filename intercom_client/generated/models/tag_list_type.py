# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

TagListType = Literal["list"]

TAG_LIST_TYPE_VALUES: set[TagListType] = {
    "list",
}


def check_tag_list_type(value: str) -> TagListType:
    if value in TAG_LIST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TAG_LIST_TYPE_VALUES!r}")
