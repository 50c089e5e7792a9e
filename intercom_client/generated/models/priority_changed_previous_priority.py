# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

PriorityChangedPreviousPriority = Literal["high", "low", "medium", "none", "urgent"]

PRIORITY_CHANGED_PREVIOUS_PRIORITY_VALUES: set[PriorityChangedPreviousPriority] = {
    "high",
    "low",
    "medium",
    "none",
    "urgent",
}


def check_priority_changed_previous_priority(value: str) -> PriorityChangedPreviousPriority:
    if value in PRIORITY_CHANGED_PREVIOUS_PRIORITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PRIORITY_CHANGED_PREVIOUS_PRIORITY_VALUES!r}")
