# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

DataConnectorExecutionResultType = Literal["data_connector.execution"]

DATA_CONNECTOR_EXECUTION_RESULT_TYPE_VALUES: set[DataConnectorExecutionResultType] = {
    "data_connector.execution",
}


def check_data_connector_execution_result_type(value: str) -> DataConnectorExecutionResultType:
    if value in DATA_CONNECTOR_EXECUTION_RESULT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DATA_CONNECTOR_EXECUTION_RESULT_TYPE_VALUES!r}")
