# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ContentImportSourceType = Literal["content_import_source"]

CONTENT_IMPORT_SOURCE_TYPE_VALUES: set[ContentImportSourceType] = {
    "content_import_source",
}


def check_content_import_source_type(value: str) -> ContentImportSourceType:
    if value in CONTENT_IMPORT_SOURCE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTENT_IMPORT_SOURCE_TYPE_VALUES!r}")
