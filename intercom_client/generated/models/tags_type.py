# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

TagsType = Literal["tag.list"]

TAGS_TYPE_VALUES: set[TagsType] = {
    "tag.list",
}


def check_tags_type(value: str) -> TagsType:
    if value in TAGS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {TAGS_TYPE_VALUES!r}")
