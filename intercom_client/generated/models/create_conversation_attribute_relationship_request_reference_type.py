# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

CreateConversationAttributeRelationshipRequestReferenceType = Literal["many", "one"]

CREATE_CONVERSATION_ATTRIBUTE_RELATIONSHIP_REQUEST_REFERENCE_TYPE_VALUES: set[
    CreateConversationAttributeRelationshipRequestReferenceType
] = {
    "many",
    "one",
}


def check_create_conversation_attribute_relationship_request_reference_type(
    value: str,
) -> CreateConversationAttributeRelationshipRequestReferenceType:
    if value in CREATE_CONVERSATION_ATTRIBUTE_RELATIONSHIP_REQUEST_REFERENCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CONVERSATION_ATTRIBUTE_RELATIONSHIP_REQUEST_REFERENCE_TYPE_VALUES!r}"
    )
