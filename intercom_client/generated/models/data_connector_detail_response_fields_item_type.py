# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

DataConnectorDetailResponseFieldsItemType = Literal["boolean", "datetime", "decimal", "integer", "string", "unknown"]

DATA_CONNECTOR_DETAIL_RESPONSE_FIELDS_ITEM_TYPE_VALUES: set[DataConnectorDetailResponseFieldsItemType] = {
    "boolean",
    "datetime",
    "decimal",
    "integer",
    "string",
    "unknown",
}


def check_data_connector_detail_response_fields_item_type(value: str) -> DataConnectorDetailResponseFieldsItemType:
    if value in DATA_CONNECTOR_DETAIL_RESPONSE_FIELDS_ITEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DATA_CONNECTOR_DETAIL_RESPONSE_FIELDS_ITEM_TYPE_VALUES!r}"
    )
