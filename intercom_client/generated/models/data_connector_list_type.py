# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

DataConnectorListType = Literal["list"]

DATA_CONNECTOR_LIST_TYPE_VALUES: set[DataConnectorListType] = {
    "list",
}


def check_data_connector_list_type(value: str) -> DataConnectorListType:
    if value in DATA_CONNECTOR_LIST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DATA_CONNECTOR_LIST_TYPE_VALUES!r}")
