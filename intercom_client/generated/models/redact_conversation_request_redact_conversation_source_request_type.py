# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

RedactConversationRequestRedactConversationSourceRequestType = Literal["source"]

REDACT_CONVERSATION_REQUEST_REDACT_CONVERSATION_SOURCE_REQUEST_TYPE_VALUES: set[
    RedactConversationRequestRedactConversationSourceRequestType
] = {
    "source",
}


def check_redact_conversation_request_redact_conversation_source_request_type(
    value: str,
) -> RedactConversationRequestRedactConversationSourceRequestType:
    if value in REDACT_CONVERSATION_REQUEST_REDACT_CONVERSATION_SOURCE_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REDACT_CONVERSATION_REQUEST_REDACT_CONVERSATION_SOURCE_REQUEST_TYPE_VALUES!r}"
    )
