# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ContactActivityListType = Literal["list"]

CONTACT_ACTIVITY_LIST_TYPE_VALUES: set[ContactActivityListType] = {
    "list",
}


def check_contact_activity_list_type(value: str) -> ContactActivityListType:
    if value in CONTACT_ACTIVITY_LIST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTACT_ACTIVITY_LIST_TYPE_VALUES!r}")
