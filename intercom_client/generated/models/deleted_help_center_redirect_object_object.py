# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

DeletedHelpCenterRedirectObjectObject = Literal["help_center_redirect"]

DELETED_HELP_CENTER_REDIRECT_OBJECT_OBJECT_VALUES: set[DeletedHelpCenterRedirectObjectObject] = {
    "help_center_redirect",
}


def check_deleted_help_center_redirect_object_object(value: str) -> DeletedHelpCenterRedirectObjectObject:
    if value in DELETED_HELP_CENTER_REDIRECT_OBJECT_OBJECT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETED_HELP_CENTER_REDIRECT_OBJECT_OBJECT_VALUES!r}"
    )
