# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

VisitorSegmentsType = Literal["segment.list"]

VISITOR_SEGMENTS_TYPE_VALUES: set[VisitorSegmentsType] = {
    "segment.list",
}


def check_visitor_segments_type(value: str) -> VisitorSegmentsType:
    if value in VISITOR_SEGMENTS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VISITOR_SEGMENTS_TYPE_VALUES!r}")
