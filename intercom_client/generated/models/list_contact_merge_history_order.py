# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ListContactMergeHistoryOrder = Literal["asc", "desc"]

LIST_CONTACT_MERGE_HISTORY_ORDER_VALUES: set[ListContactMergeHistoryOrder] = {
    "asc",
    "desc",
}


def check_list_contact_merge_history_order(value: str) -> ListContactMergeHistoryOrder:
    if value in LIST_CONTACT_MERGE_HISTORY_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_CONTACT_MERGE_HISTORY_ORDER_VALUES!r}")
