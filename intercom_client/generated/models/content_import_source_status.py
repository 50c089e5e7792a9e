# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ContentImportSourceStatus = Literal["active", "deactivated"]

CONTENT_IMPORT_SOURCE_STATUS_VALUES: set[ContentImportSourceStatus] = {
    "active",
    "deactivated",
}


def check_content_import_source_status(value: str) -> ContentImportSourceStatus:
    if value in CONTENT_IMPORT_SOURCE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTENT_IMPORT_SOURCE_STATUS_VALUES!r}")
