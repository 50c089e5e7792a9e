# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

SearchContentTagOperator = Literal["IN", "NIN"]

SEARCH_CONTENT_TAG_OPERATOR_VALUES: set[SearchContentTagOperator] = {
    "IN",
    "NIN",
}


def check_search_content_tag_operator(value: str) -> SearchContentTagOperator:
    if value in SEARCH_CONTENT_TAG_OPERATOR_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEARCH_CONTENT_TAG_OPERATOR_VALUES!r}")
