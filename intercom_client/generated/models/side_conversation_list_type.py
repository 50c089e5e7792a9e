# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

SideConversationListType = Literal["side_conversation.list"]

SIDE_CONVERSATION_LIST_TYPE_VALUES: set[SideConversationListType] = {
    "side_conversation.list",
}


def check_side_conversation_list_type(value: str) -> SideConversationListType:
    if value in SIDE_CONVERSATION_LIST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SIDE_CONVERSATION_LIST_TYPE_VALUES!r}")
