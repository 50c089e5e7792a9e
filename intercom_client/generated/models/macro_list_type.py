# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

MacroListType = Literal["list"]

MACRO_LIST_TYPE_VALUES: set[MacroListType] = {
    "list",
}


def check_macro_list_type(value: str) -> MacroListType:
    if value in MACRO_LIST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MACRO_LIST_TYPE_VALUES!r}")
