# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

CreateOfficeHoursExceptionRequestExceptionType = Literal["closed", "custom_hours"]

CREATE_OFFICE_HOURS_EXCEPTION_REQUEST_EXCEPTION_TYPE_VALUES: set[CreateOfficeHoursExceptionRequestExceptionType] = {
    "closed",
    "custom_hours",
}


def check_create_office_hours_exception_request_exception_type(
    value: str,
) -> CreateOfficeHoursExceptionRequestExceptionType:
    if value in CREATE_OFFICE_HOURS_EXCEPTION_REQUEST_EXCEPTION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_OFFICE_HOURS_EXCEPTION_REQUEST_EXCEPTION_TYPE_VALUES!r}"
    )
