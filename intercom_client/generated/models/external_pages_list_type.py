# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ExternalPagesListType = Literal["list"]

EXTERNAL_PAGES_LIST_TYPE_VALUES: set[ExternalPagesListType] = {
    "list",
}


def check_external_pages_list_type(value: str) -> ExternalPagesListType:
    if value in EXTERNAL_PAGES_LIST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXTERNAL_PAGES_LIST_TYPE_VALUES!r}")
