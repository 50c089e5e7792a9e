# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

CreateDataConnectorRequestDataInputsItemType = Literal["boolean", "decimal", "integer", "string"]

CREATE_DATA_CONNECTOR_REQUEST_DATA_INPUTS_ITEM_TYPE_VALUES: set[CreateDataConnectorRequestDataInputsItemType] = {
    "boolean",
    "decimal",
    "integer",
    "string",
}


def check_create_data_connector_request_data_inputs_item_type(
    value: str,
) -> CreateDataConnectorRequestDataInputsItemType:
    if value in CREATE_DATA_CONNECTOR_REQUEST_DATA_INPUTS_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_DATA_CONNECTOR_REQUEST_DATA_INPUTS_ITEM_TYPE_VALUES!r}"
    )
