# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

CreateDataAttributeRequestOtherTypeDataType = Literal["boolean", "date", "datetime", "float", "integer", "string"]

CREATE_DATA_ATTRIBUTE_REQUEST_OTHER_TYPE_DATA_TYPE_VALUES: set[CreateDataAttributeRequestOtherTypeDataType] = {
    "boolean",
    "date",
    "datetime",
    "float",
    "integer",
    "string",
}


def check_create_data_attribute_request_other_type_data_type(value: str) -> CreateDataAttributeRequestOtherTypeDataType:
    if value in CREATE_DATA_ATTRIBUTE_REQUEST_OTHER_TYPE_DATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_DATA_ATTRIBUTE_REQUEST_OTHER_TYPE_DATA_TYPE_VALUES!r}"
    )
