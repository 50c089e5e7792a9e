# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

OfficeHoursExceptionExceptionType = Literal["closed", "custom_hours"]

OFFICE_HOURS_EXCEPTION_EXCEPTION_TYPE_VALUES: set[OfficeHoursExceptionExceptionType] = {
    "closed",
    "custom_hours",
}


def check_office_hours_exception_exception_type(value: str) -> OfficeHoursExceptionExceptionType:
    if value in OFFICE_HOURS_EXCEPTION_EXCEPTION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OFFICE_HOURS_EXCEPTION_EXCEPTION_TYPE_VALUES!r}")
