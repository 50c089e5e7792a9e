# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

DataConnectorDetailExecutionType = Literal["client_side", "server_side"]

DATA_CONNECTOR_DETAIL_EXECUTION_TYPE_VALUES: set[DataConnectorDetailExecutionType] = {
    "client_side",
    "server_side",
}


def check_data_connector_detail_execution_type(value: str) -> DataConnectorDetailExecutionType:
    if value in DATA_CONNECTOR_DETAIL_EXECUTION_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DATA_CONNECTOR_DETAIL_EXECUTION_TYPE_VALUES!r}")
