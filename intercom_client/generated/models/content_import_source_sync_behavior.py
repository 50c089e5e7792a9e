# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ContentImportSourceSyncBehavior = Literal["api", "automatic", "manual"]

CONTENT_IMPORT_SOURCE_SYNC_BEHAVIOR_VALUES: set[ContentImportSourceSyncBehavior] = {
    "api",
    "automatic",
    "manual",
}


def check_content_import_source_sync_behavior(value: str) -> ContentImportSourceSyncBehavior:
    if value in CONTENT_IMPORT_SOURCE_SYNC_BEHAVIOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTENT_IMPORT_SOURCE_SYNC_BEHAVIOR_VALUES!r}")
