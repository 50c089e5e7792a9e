# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

CompanyAttachedSegmentsType = Literal["list"]

COMPANY_ATTACHED_SEGMENTS_TYPE_VALUES: set[CompanyAttachedSegmentsType] = {
    "list",
}


def check_company_attached_segments_type(value: str) -> CompanyAttachedSegmentsType:
    if value in COMPANY_ATTACHED_SEGMENTS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMPANY_ATTACHED_SEGMENTS_TYPE_VALUES!r}")
