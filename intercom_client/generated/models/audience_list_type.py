# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

AudienceListType = Literal["list"]

AUDIENCE_LIST_TYPE_VALUES: set[AudienceListType] = {
    "list",
}


def check_audience_list_type(value: str) -> AudienceListType:
    if value in AUDIENCE_LIST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AUDIENCE_LIST_TYPE_VALUES!r}")
