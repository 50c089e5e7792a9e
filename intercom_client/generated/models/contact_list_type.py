# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ContactListType = Literal["list"]

CONTACT_LIST_TYPE_VALUES: set[ContactListType] = {
    "list",
}


def check_contact_list_type(value: str) -> ContactListType:
    if value in CONTACT_LIST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTACT_LIST_TYPE_VALUES!r}")
