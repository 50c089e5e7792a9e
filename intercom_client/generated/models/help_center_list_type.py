# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

HelpCenterListType = Literal["list"]

HELP_CENTER_LIST_TYPE_VALUES: set[HelpCenterListType] = {
    "list",
}


def check_help_center_list_type(value: str) -> HelpCenterListType:
    if value in HELP_CENTER_LIST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {HELP_CENTER_LIST_TYPE_VALUES!r}")
