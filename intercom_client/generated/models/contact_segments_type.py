# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ContactSegmentsType = Literal["list"]

CONTACT_SEGMENTS_TYPE_VALUES: set[ContactSegmentsType] = {
    "list",
}


def check_contact_segments_type(value: str) -> ContactSegmentsType:
    if value in CONTACT_SEGMENTS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTACT_SEGMENTS_TYPE_VALUES!r}")
