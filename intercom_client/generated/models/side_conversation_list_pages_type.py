# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

SideConversationListPagesType = Literal["pages"]

SIDE_CONVERSATION_LIST_PAGES_TYPE_VALUES: set[SideConversationListPagesType] = {
    "pages",
}


def check_side_conversation_list_pages_type(value: str) -> SideConversationListPagesType:
    if value in SIDE_CONVERSATION_LIST_PAGES_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SIDE_CONVERSATION_LIST_PAGES_TYPE_VALUES!r}")
