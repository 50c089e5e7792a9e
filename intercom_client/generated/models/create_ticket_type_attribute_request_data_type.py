# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

CreateTicketTypeAttributeRequestDataType = Literal[
    "boolean", "datetime", "decimal", "files", "integer", "list", "string"
]

CREATE_TICKET_TYPE_ATTRIBUTE_REQUEST_DATA_TYPE_VALUES: set[CreateTicketTypeAttributeRequestDataType] = {
    "boolean",
    "datetime",
    "decimal",
    "files",
    "integer",
    "list",
    "string",
}


def check_create_ticket_type_attribute_request_data_type(value: str) -> CreateTicketTypeAttributeRequestDataType:
    if value in CREATE_TICKET_TYPE_ATTRIBUTE_REQUEST_DATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_TICKET_TYPE_ATTRIBUTE_REQUEST_DATA_TYPE_VALUES!r}"
    )
