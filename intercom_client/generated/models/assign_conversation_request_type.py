# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

AssignConversationRequestType = Literal["admin", "team"]

ASSIGN_CONVERSATION_REQUEST_TYPE_VALUES: set[AssignConversationRequestType] = {
    "admin",
    "team",
}


def check_assign_conversation_request_type(value: str) -> AssignConversationRequestType:
    if value in ASSIGN_CONVERSATION_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ASSIGN_CONVERSATION_REQUEST_TYPE_VALUES!r}")
