# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

CreateContentImportSourceRequestSyncBehavior = Literal["api"]

CREATE_CONTENT_IMPORT_SOURCE_REQUEST_SYNC_BEHAVIOR_VALUES: set[CreateContentImportSourceRequestSyncBehavior] = {
    "api",
}


def check_create_content_import_source_request_sync_behavior(
    value: str,
) -> CreateContentImportSourceRequestSyncBehavior:
    if value in CREATE_CONTENT_IMPORT_SOURCE_REQUEST_SYNC_BEHAVIOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CONTENT_IMPORT_SOURCE_REQUEST_SYNC_BEHAVIOR_VALUES!r}"
    )
