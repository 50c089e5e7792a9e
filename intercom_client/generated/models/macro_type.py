# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

MacroType = Literal["macro"]

MACRO_TYPE_VALUES: set[MacroType] = {
    "macro",
}


def check_macro_type(value: str) -> MacroType:
    if value in MACRO_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MACRO_TYPE_VALUES!r}")
