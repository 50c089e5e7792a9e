# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

UpdateContentImportSourceRequestSyncBehavior = Literal["api", "automated", "manual"]

UPDATE_CONTENT_IMPORT_SOURCE_REQUEST_SYNC_BEHAVIOR_VALUES: set[UpdateContentImportSourceRequestSyncBehavior] = {
    "api",
    "automated",
    "manual",
}


def check_update_content_import_source_request_sync_behavior(
    value: str,
) -> UpdateContentImportSourceRequestSyncBehavior:
    if value in UPDATE_CONTENT_IMPORT_SOURCE_REQUEST_SYNC_BEHAVIOR_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_CONTENT_IMPORT_SOURCE_REQUEST_SYNC_BEHAVIOR_VALUES!r}"
    )
