# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

VisitorTagsType = Literal["tag.list"]

VISITOR_TAGS_TYPE_VALUES: set[VisitorTagsType] = {
    "tag.list",
}


def check_visitor_tags_type(value: str) -> VisitorTagsType:
    if value in VISITOR_TAGS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VISITOR_TAGS_TYPE_VALUES!r}")
