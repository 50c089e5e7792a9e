# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ExternalPageType = Literal["external_page"]

EXTERNAL_PAGE_TYPE_VALUES: set[ExternalPageType] = {
    "external_page",
}


def check_external_page_type(value: str) -> ExternalPageType:
    if value in EXTERNAL_PAGE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXTERNAL_PAGE_TYPE_VALUES!r}")
