# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

SearchContentFinSalesState = Literal["off", "on"]

SEARCH_CONTENT_FIN_SALES_STATE_VALUES: set[SearchContentFinSalesState] = {
    "off",
    "on",
}


def check_search_content_fin_sales_state(value: str) -> SearchContentFinSalesState:
    if value in SEARCH_CONTENT_FIN_SALES_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEARCH_CONTENT_FIN_SALES_STATE_VALUES!r}")
