# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ConversationListItemState = Literal["closed", "open", "snoozed"]

CONVERSATION_LIST_ITEM_STATE_VALUES: set[ConversationListItemState] = {
    "closed",
    "open",
    "snoozed",
}


def check_conversation_list_item_state(value: str) -> ConversationListItemState:
    if value in CONVERSATION_LIST_ITEM_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONVERSATION_LIST_ITEM_STATE_VALUES!r}")
