# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

DataConnectorExecutionResultListType = Literal["list"]

DATA_CONNECTOR_EXECUTION_RESULT_LIST_TYPE_VALUES: set[DataConnectorExecutionResultListType] = {
    "list",
}


def check_data_connector_execution_result_list_type(value: str) -> DataConnectorExecutionResultListType:
    if value in DATA_CONNECTOR_EXECUTION_RESULT_LIST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DATA_CONNECTOR_EXECUTION_RESULT_LIST_TYPE_VALUES!r}")
