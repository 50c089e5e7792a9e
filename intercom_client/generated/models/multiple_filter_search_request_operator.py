# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

MultipleFilterSearchRequestOperator = Literal["AND", "OR"]

MULTIPLE_FILTER_SEARCH_REQUEST_OPERATOR_VALUES: set[MultipleFilterSearchRequestOperator] = {
    "AND",
    "OR",
}


def check_multiple_filter_search_request_operator(value: str) -> MultipleFilterSearchRequestOperator:
    if value in MULTIPLE_FILTER_SEARCH_REQUEST_OPERATOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MULTIPLE_FILTER_SEARCH_REQUEST_OPERATOR_VALUES!r}")
