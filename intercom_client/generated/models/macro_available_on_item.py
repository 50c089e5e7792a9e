# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

MacroAvailableOnItem = Literal["inbox", "messenger"]

MACRO_AVAILABLE_ON_ITEM_VALUES: set[MacroAvailableOnItem] = {
    "inbox",
    "messenger",
}


def check_macro_available_on_item(value: str) -> MacroAvailableOnItem:
    if value in MACRO_AVAILABLE_ON_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MACRO_AVAILABLE_ON_ITEM_VALUES!r}")
