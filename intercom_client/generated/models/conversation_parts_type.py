# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ConversationPartsType = Literal["conversation_part.list"]

CONVERSATION_PARTS_TYPE_VALUES: set[ConversationPartsType] = {
    "conversation_part.list",
}


def check_conversation_parts_type(value: str) -> ConversationPartsType:
    if value in CONVERSATION_PARTS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONVERSATION_PARTS_TYPE_VALUES!r}")
