# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

PriorityChangedCurrentPriority = Literal["high", "low", "medium", "none", "urgent"]

PRIORITY_CHANGED_CURRENT_PRIORITY_VALUES: set[PriorityChangedCurrentPriority] = {
    "high",
    "low",
    "medium",
    "none",
    "urgent",
}


def check_priority_changed_current_priority(value: str) -> PriorityChangedCurrentPriority:
    if value in PRIORITY_CHANGED_CURRENT_PRIORITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PRIORITY_CHANGED_CURRENT_PRIORITY_VALUES!r}")
