# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

HelpCenterRedirectListType = Literal["list"]

HELP_CENTER_REDIRECT_LIST_TYPE_VALUES: set[HelpCenterRedirectListType] = {
    "list",
}


def check_help_center_redirect_list_type(value: str) -> HelpCenterRedirectListType:
    if value in HELP_CENTER_REDIRECT_LIST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {HELP_CENTER_REDIRECT_LIST_TYPE_VALUES!r}")
