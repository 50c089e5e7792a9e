# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

VisitorTagsTagsItemType = Literal["tag"]

VISITOR_TAGS_TAGS_ITEM_TYPE_VALUES: set[VisitorTagsTagsItemType] = {
    "tag",
}


def check_visitor_tags_tags_item_type(value: str) -> VisitorTagsTagsItemType:
    if value in VISITOR_TAGS_TAGS_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VISITOR_TAGS_TAGS_ITEM_TYPE_VALUES!r}")
