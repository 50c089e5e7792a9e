# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ConversationListItemPriority = Literal["high", "low", "medium", "none", "urgent"]

CONVERSATION_LIST_ITEM_PRIORITY_VALUES: set[ConversationListItemPriority] = {
    "high",
    "low",
    "medium",
    "none",
    "urgent",
}


def check_conversation_list_item_priority(value: str) -> ConversationListItemPriority:
    if value in CONVERSATION_LIST_ITEM_PRIORITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONVERSATION_LIST_ITEM_PRIORITY_VALUES!r}")
