# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

HelpCenterRedirectType = Literal["help_center_redirect"]

HELP_CENTER_REDIRECT_TYPE_VALUES: set[HelpCenterRedirectType] = {
    "help_center_redirect",
}


def check_help_center_redirect_type(value: str) -> HelpCenterRedirectType:
    if value in HELP_CENTER_REDIRECT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {HELP_CENTER_REDIRECT_TYPE_VALUES!r}")
