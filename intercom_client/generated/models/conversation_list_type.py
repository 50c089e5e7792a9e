# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ConversationListType = Literal["conversation.list"]

CONVERSATION_LIST_TYPE_VALUES: set[ConversationListType] = {
    "conversation.list",
}


def check_conversation_list_type(value: str) -> ConversationListType:
    if value in CONVERSATION_LIST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONVERSATION_LIST_TYPE_VALUES!r}")
