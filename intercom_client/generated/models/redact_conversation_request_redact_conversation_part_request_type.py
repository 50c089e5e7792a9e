# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

RedactConversationRequestRedactConversationPartRequestType = Literal["conversation_part"]

REDACT_CONVERSATION_REQUEST_REDACT_CONVERSATION_PART_REQUEST_TYPE_VALUES: set[
    RedactConversationRequestRedactConversationPartRequestType
] = {
    "conversation_part",
}


def check_redact_conversation_request_redact_conversation_part_request_type(
    value: str,
) -> RedactConversationRequestRedactConversationPartRequestType:
    if value in REDACT_CONVERSATION_REQUEST_REDACT_CONVERSATION_PART_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REDACT_CONVERSATION_REQUEST_REDACT_CONVERSATION_PART_REQUEST_TYPE_VALUES!r}"
    )
