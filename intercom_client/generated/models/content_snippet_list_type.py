# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ContentSnippetListType = Literal["list"]

CONTENT_SNIPPET_LIST_TYPE_VALUES: set[ContentSnippetListType] = {
    "list",
}


def check_content_snippet_list_type(value: str) -> ContentSnippetListType:
    if value in CONTENT_SNIPPET_LIST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTENT_SNIPPET_LIST_TYPE_VALUES!r}")
