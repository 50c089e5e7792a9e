# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

SegmentType = Literal["segment"]

SEGMENT_TYPE_VALUES: set[SegmentType] = {
    "segment",
}


def check_segment_type(value: str) -> SegmentType:
    if value in SEGMENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEGMENT_TYPE_VALUES!r}")
