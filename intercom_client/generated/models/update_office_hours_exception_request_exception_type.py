# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

UpdateOfficeHoursExceptionRequestExceptionType = Literal["closed", "custom_hours"]

UPDATE_OFFICE_HOURS_EXCEPTION_REQUEST_EXCEPTION_TYPE_VALUES: set[UpdateOfficeHoursExceptionRequestExceptionType] = {
    "closed",
    "custom_hours",
}


def check_update_office_hours_exception_request_exception_type(
    value: str,
) -> UpdateOfficeHoursExceptionRequestExceptionType:
    if value in UPDATE_OFFICE_HOURS_EXCEPTION_REQUEST_EXCEPTION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_OFFICE_HOURS_EXCEPTION_REQUEST_EXCEPTION_TYPE_VALUES!r}"
    )
