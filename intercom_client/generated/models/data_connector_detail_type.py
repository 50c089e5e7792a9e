# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

DataConnectorDetailType = Literal["data_connector"]

DATA_CONNECTOR_DETAIL_TYPE_VALUES: set[DataConnectorDetailType] = {
    "data_connector",
}


def check_data_connector_detail_type(value: str) -> DataConnectorDetailType:
    if value in DATA_CONNECTOR_DETAIL_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DATA_CONNECTOR_DETAIL_TYPE_VALUES!r}")
