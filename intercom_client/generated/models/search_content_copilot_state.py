# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

SearchContentCopilotState = Literal["off", "on"]

SEARCH_CONTENT_COPILOT_STATE_VALUES: set[SearchContentCopilotState] = {
    "off",
    "on",
}


def check_search_content_copilot_state(value: str) -> SearchContentCopilotState:
    if value in SEARCH_CONTENT_COPILOT_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEARCH_CONTENT_COPILOT_STATE_VALUES!r}")
