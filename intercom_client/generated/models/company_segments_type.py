# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

CompanySegmentsType = Literal["segment.list"]

COMPANY_SEGMENTS_TYPE_VALUES: set[CompanySegmentsType] = {
    "segment.list",
}


def check_company_segments_type(value: str) -> CompanySegmentsType:
    if value in COMPANY_SEGMENTS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMPANY_SEGMENTS_TYPE_VALUES!r}")
