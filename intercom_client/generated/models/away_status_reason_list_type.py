# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

AwayStatusReasonListType = Literal["list"]

AWAY_STATUS_REASON_LIST_TYPE_VALUES: set[AwayStatusReasonListType] = {
    "list",
}


def check_away_status_reason_list_type(value: str) -> AwayStatusReasonListType:
    if value in AWAY_STATUS_REASON_LIST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AWAY_STATUS_REASON_LIST_TYPE_VALUES!r}")
