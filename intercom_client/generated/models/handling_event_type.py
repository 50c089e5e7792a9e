# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

HandlingEventType = Literal["paused", "resumed"]

HANDLING_EVENT_TYPE_VALUES: set[HandlingEventType] = {
    "paused",
    "resumed",
}


def check_handling_event_type(value: str) -> HandlingEventType:
    if value in HANDLING_EVENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {HANDLING_EVENT_TYPE_VALUES!r}")
