# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

SegmentListType = Literal["segment.list"]

SEGMENT_LIST_TYPE_VALUES: set[SegmentListType] = {
    "segment.list",
}


def check_segment_list_type(value: str) -> SegmentListType:
    if value in SEGMENT_LIST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEGMENT_LIST_TYPE_VALUES!r}")
