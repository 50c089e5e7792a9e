# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

CursorPagesType = Literal["pages"]

CURSOR_PAGES_TYPE_VALUES: set[CursorPagesType] = {
    "pages",
}


def check_cursor_pages_type(value: str) -> CursorPagesType:
    if value in CURSOR_PAGES_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CURSOR_PAGES_TYPE_VALUES!r}")
