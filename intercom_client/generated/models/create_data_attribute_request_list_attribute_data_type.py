# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

CreateDataAttributeRequestListAttributeDataType = Literal["options"]

CREATE_DATA_ATTRIBUTE_REQUEST_LIST_ATTRIBUTE_DATA_TYPE_VALUES: set[CreateDataAttributeRequestListAttributeDataType] = {
    "options",
}


def check_create_data_attribute_request_list_attribute_data_type(
    value: str,
) -> CreateDataAttributeRequestListAttributeDataType:
    if value in CREATE_DATA_ATTRIBUTE_REQUEST_LIST_ATTRIBUTE_DATA_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_DATA_ATTRIBUTE_REQUEST_LIST_ATTRIBUTE_DATA_TYPE_VALUES!r}"
    )
