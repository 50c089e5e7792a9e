# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

SingleFilterSearchRequestOperator = Literal["!=", "!~", "$", "<", "<=", "=", ">", ">=", "^", "IN", "NIN", "~"]

SINGLE_FILTER_SEARCH_REQUEST_OPERATOR_VALUES: set[SingleFilterSearchRequestOperator] = {
    "!=",
    "!~",
    "$",
    "<",
    "<=",
    "=",
    ">",
    ">=",
    "^",
    "IN",
    "NIN",
    "~",
}


def check_single_filter_search_request_operator(value: str) -> SingleFilterSearchRequestOperator:
    if value in SINGLE_FILTER_SEARCH_REQUEST_OPERATOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SINGLE_FILTER_SEARCH_REQUEST_OPERATOR_VALUES!r}")
