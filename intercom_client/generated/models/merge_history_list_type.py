# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

MergeHistoryListType = Literal["list"]

MERGE_HISTORY_LIST_TYPE_VALUES: set[MergeHistoryListType] = {
    "list",
}


def check_merge_history_list_type(value: str) -> MergeHistoryListType:
    if value in MERGE_HISTORY_LIST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MERGE_HISTORY_LIST_TYPE_VALUES!r}")
