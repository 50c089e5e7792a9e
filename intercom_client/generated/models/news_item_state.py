# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

NewsItemState = Literal["draft", "live"]

NEWS_ITEM_STATE_VALUES: set[NewsItemState] = {
    "draft",
    "live",
}


def check_news_item_state(value: str) -> NewsItemState:
    if value in NEWS_ITEM_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NEWS_ITEM_STATE_VALUES!r}")
