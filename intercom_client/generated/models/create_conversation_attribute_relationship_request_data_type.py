# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

CreateConversationAttributeRelationshipRequestDataType = Literal["relationship"]

CREATE_CONVERSATION_ATTRIBUTE_RELATIONSHIP_REQUEST_DATA_TYPE_VALUES: set[
    CreateConversationAttributeRelationshipRequestDataType
] = {
    "relationship",
}


def check_create_conversation_attribute_relationship_request_data_type(
    value: str,
) -> CreateConversationAttributeRelationshipRequestDataType:
    if value in CREATE_CONVERSATION_ATTRIBUTE_RELATIONSHIP_REQUEST_DATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_CONVERSATION_ATTRIBUTE_RELATIONSHIP_REQUEST_DATA_TYPE_VALUES!r}"
    )
