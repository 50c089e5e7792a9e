# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ContactSearchRequestSortOrder = Literal["ascending", "descending"]

CONTACT_SEARCH_REQUEST_SORT_ORDER_VALUES: set[ContactSearchRequestSortOrder] = {
    "ascending",
    "descending",
}


def check_contact_search_request_sort_order(value: str) -> ContactSearchRequestSortOrder:
    if value in CONTACT_SEARCH_REQUEST_SORT_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTACT_SEARCH_REQUEST_SORT_ORDER_VALUES!r}")
