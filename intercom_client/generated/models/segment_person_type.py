# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

SegmentPersonType = Literal["contact", "user"]

SEGMENT_PERSON_TYPE_VALUES: set[SegmentPersonType] = {
    "contact",
    "user",
}


def check_segment_person_type(value: str) -> SegmentPersonType:
    if value in SEGMENT_PERSON_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEGMENT_PERSON_TYPE_VALUES!r}")
