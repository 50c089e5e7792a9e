# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ConversationDeletedObject = Literal["conversation"]

CONVERSATION_DELETED_OBJECT_VALUES: set[ConversationDeletedObject] = {
    "conversation",
}


def check_conversation_deleted_object(value: str) -> ConversationDeletedObject:
    if value in CONVERSATION_DELETED_OBJECT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONVERSATION_DELETED_OBJECT_VALUES!r}")
