# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

NewsItemRequestState = Literal["draft", "live"]

NEWS_ITEM_REQUEST_STATE_VALUES: set[NewsItemRequestState] = {
    "draft",
    "live",
}


def check_news_item_request_state(value: str) -> NewsItemRequestState:
    if value in NEWS_ITEM_REQUEST_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NEWS_ITEM_REQUEST_STATE_VALUES!r}")
