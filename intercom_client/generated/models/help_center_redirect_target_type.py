# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

HelpCenterRedirectTargetType = Literal["article", "collection"]

HELP_CENTER_REDIRECT_TARGET_TYPE_VALUES: set[HelpCenterRedirectTargetType] = {
    "article",
    "collection",
}


def check_help_center_redirect_target_type(value: str) -> HelpCenterRedirectTargetType:
    if value in HELP_CENTER_REDIRECT_TARGET_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {HELP_CENTER_REDIRECT_TARGET_TYPE_VALUES!r}")
