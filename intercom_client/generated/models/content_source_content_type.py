# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ContentSourceContentType = Literal[
    "article", "content_snippet", "external_content", "file", "workflow_connector_action"
]

CONTENT_SOURCE_CONTENT_TYPE_VALUES: set[ContentSourceContentType] = {
    "article",
    "content_snippet",
    "external_content",
    "file",
    "workflow_connector_action",
}


def check_content_source_content_type(value: str) -> ContentSourceContentType:
    if value in CONTENT_SOURCE_CONTENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTENT_SOURCE_CONTENT_TYPE_VALUES!r}")
