# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

NewsItemType = Literal["news-item"]

NEWS_ITEM_TYPE_VALUES: set[NewsItemType] = {
    "news-item",
}


def check_news_item_type(value: str) -> NewsItemType:
    if value in NEWS_ITEM_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NEWS_ITEM_TYPE_VALUES!r}")
