# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ContactActivityListPagesType = Literal["pages"]

CONTACT_ACTIVITY_LIST_PAGES_TYPE_VALUES: set[ContactActivityListPagesType] = {
    "pages",
}


def check_contact_activity_list_pages_type(value: str) -> ContactActivityListPagesType:
    if value in CONTACT_ACTIVITY_LIST_PAGES_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTACT_ACTIVITY_LIST_PAGES_TYPE_VALUES!r}")
