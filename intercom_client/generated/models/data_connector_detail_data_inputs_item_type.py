# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

DataConnectorDetailDataInputsItemType = Literal["boolean", "decimal", "integer", "string"]

DATA_CONNECTOR_DETAIL_DATA_INPUTS_ITEM_TYPE_VALUES: set[DataConnectorDetailDataInputsItemType] = {
    "boolean",
    "decimal",
    "integer",
    "string",
}


def check_data_connector_detail_data_inputs_item_type(value: str) -> DataConnectorDetailDataInputsItemType:
    if value in DATA_CONNECTOR_DETAIL_DATA_INPUTS_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DATA_CONNECTOR_DETAIL_DATA_INPUTS_ITEM_TYPE_VALUES!r}"
    )
