# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

MacroListPagesType = Literal["pages"]

MACRO_LIST_PAGES_TYPE_VALUES: set[MacroListPagesType] = {
    "pages",
}


def check_macro_list_pages_type(value: str) -> MacroListPagesType:
    if value in MACRO_LIST_PAGES_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MACRO_LIST_PAGES_TYPE_VALUES!r}")
