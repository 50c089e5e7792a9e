# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

CreateContentImportSourceRequestStatus = Literal["active", "deactivated"]

CREATE_CONTENT_IMPORT_SOURCE_REQUEST_STATUS_VALUES: set[CreateContentImportSourceRequestStatus] = {
    "active",
    "deactivated",
}


def check_create_content_import_source_request_status(value: str) -> CreateContentImportSourceRequestStatus:
    if value in CREATE_CONTENT_IMPORT_SOURCE_REQUEST_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CONTENT_IMPORT_SOURCE_REQUEST_STATUS_VALUES!r}"
    )
