# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

UpdateConversationAttributeRequestReferenceType = Literal["many", "one"]

UPDATE_CONVERSATION_ATTRIBUTE_REQUEST_REFERENCE_TYPE_VALUES: set[UpdateConversationAttributeRequestReferenceType] = {
    "many",
    "one",
}


def check_update_conversation_attribute_request_reference_type(
    value: str,
) -> UpdateConversationAttributeRequestReferenceType:
    if value in UPDATE_CONVERSATION_ATTRIBUTE_REQUEST_REFERENCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_CONVERSATION_ATTRIBUTE_REQUEST_REFERENCE_TYPE_VALUES!r}"
    )
