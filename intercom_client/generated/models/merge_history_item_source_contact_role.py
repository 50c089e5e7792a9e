# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

MergeHistoryItemSourceContactRole = Literal["lead", "user"]

MERGE_HISTORY_ITEM_SOURCE_CONTACT_ROLE_VALUES: set[MergeHistoryItemSourceContactRole] = {
    "lead",
    "user",
}


def check_merge_history_item_source_contact_role(value: str) -> MergeHistoryItemSourceContactRole:
    if value in MERGE_HISTORY_ITEM_SOURCE_CONTACT_ROLE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MERGE_HISTORY_ITEM_SOURCE_CONTACT_ROLE_VALUES!r}")
