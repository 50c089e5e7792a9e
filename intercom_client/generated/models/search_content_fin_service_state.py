# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

SearchContentFinServiceState = Literal["off", "on"]

SEARCH_CONTENT_FIN_SERVICE_STATE_VALUES: set[SearchContentFinServiceState] = {
    "off",
    "on",
}


def check_search_content_fin_service_state(value: str) -> SearchContentFinServiceState:
    if value in SEARCH_CONTENT_FIN_SERVICE_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEARCH_CONTENT_FIN_SERVICE_STATE_VALUES!r}")
