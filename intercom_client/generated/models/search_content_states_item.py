# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

SearchContentStatesItem = Literal["draft", "published"]

SEARCH_CONTENT_STATES_ITEM_VALUES: set[SearchContentStatesItem] = {
    "draft",
    "published",
}


def check_search_content_states_item(value: str) -> SearchContentStatesItem:
    if value in SEARCH_CONTENT_STATES_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEARCH_CONTENT_STATES_ITEM_VALUES!r}")
