# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ConversationContactsType = Literal["contact.list"]

CONVERSATION_CONTACTS_TYPE_VALUES: set[ConversationContactsType] = {
    "contact.list",
}


def check_conversation_contacts_type(value: str) -> ConversationContactsType:
    if value in CONVERSATION_CONTACTS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONVERSATION_CONTACTS_TYPE_VALUES!r}")
