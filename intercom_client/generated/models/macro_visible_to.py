# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

MacroVisibleTo = Literal["everyone", "specific_teams"]

MACRO_VISIBLE_TO_VALUES: set[MacroVisibleTo] = {
    "everyone",
    "specific_teams",
}


def check_macro_visible_to(value: str) -> MacroVisibleTo:
    if value in MACRO_VISIBLE_TO_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MACRO_VISIBLE_TO_VALUES!r}")
