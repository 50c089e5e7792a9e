# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

CustomActionFinishedActionResult = Literal["failed", "success"]

CUSTOM_ACTION_FINISHED_ACTION_RESULT_VALUES: set[CustomActionFinishedActionResult] = {
    "failed",
    "success",
}


def check_custom_action_finished_action_result(value: str) -> CustomActionFinishedActionResult:
    if value in CUSTOM_ACTION_FINISHED_ACTION_RESULT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CUSTOM_ACTION_FINISHED_ACTION_RESULT_VALUES!r}")
