# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

CompanySearchRequestSortOrder = Literal["ascending", "descending"]

COMPANY_SEARCH_REQUEST_SORT_ORDER_VALUES: set[CompanySearchRequestSortOrder] = {
    "ascending",
    "descending",
}


def check_company_search_request_sort_order(value: str) -> CompanySearchRequestSortOrder:
    if value in COMPANY_SEARCH_REQUEST_SORT_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMPANY_SEARCH_REQUEST_SORT_ORDER_VALUES!r}")
