# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

UpdateContentImportSourceRequestStatus = Literal["active", "deactivated"]

UPDATE_CONTENT_IMPORT_SOURCE_REQUEST_STATUS_VALUES: set[UpdateContentImportSourceRequestStatus] = {
    "active",
    "deactivated",
}


def check_update_content_import_source_request_status(value: str) -> UpdateContentImportSourceRequestStatus:
    if value in UPDATE_CONTENT_IMPORT_SOURCE_REQUEST_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_CONTENT_IMPORT_SOURCE_REQUEST_STATUS_VALUES!r}"
    )
