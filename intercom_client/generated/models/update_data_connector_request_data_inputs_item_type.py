# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

UpdateDataConnectorRequestDataInputsItemType = Literal["boolean", "decimal", "integer", "string"]

UPDATE_DATA_CONNECTOR_REQUEST_DATA_INPUTS_ITEM_TYPE_VALUES: set[UpdateDataConnectorRequestDataInputsItemType] = {
    "boolean",
    "decimal",
    "integer",
    "string",
}


def check_update_data_connector_request_data_inputs_item_type(
    value: str,
) -> UpdateDataConnectorRequestDataInputsItemType:
    if value in UPDATE_DATA_CONNECTOR_REQUEST_DATA_INPUTS_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_DATA_CONNECTOR_REQUEST_DATA_INPUTS_ITEM_TYPE_VALUES!r}"
    )
