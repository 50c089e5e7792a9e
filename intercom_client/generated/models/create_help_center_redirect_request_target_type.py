# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

CreateHelpCenterRedirectRequestTargetType = Literal["article", "collection"]

CREATE_HELP_CENTER_REDIRECT_REQUEST_TARGET_TYPE_VALUES: set[CreateHelpCenterRedirectRequestTargetType] = {
    "article",
    "collection",
}


def check_create_help_center_redirect_request_target_type(value: str) -> CreateHelpCenterRedirectRequestTargetType:
    if value in CREATE_HELP_CENTER_REDIRECT_REQUEST_TARGET_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_HELP_CENTER_REDIRECT_REQUEST_TARGET_TYPE_VALUES!r}"
    )
