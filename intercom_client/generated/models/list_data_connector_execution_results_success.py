# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ListDataConnectorExecutionResultsSuccess = Literal["false", "true"]

LIST_DATA_CONNECTOR_EXECUTION_RESULTS_SUCCESS_VALUES: set[ListDataConnectorExecutionResultsSuccess] = {
    "false",
    "true",
}


def check_list_data_connector_execution_results_success(value: str) -> ListDataConnectorExecutionResultsSuccess:
    if value in LIST_DATA_CONNECTOR_EXECUTION_RESULTS_SUCCESS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_DATA_CONNECTOR_EXECUTION_RESULTS_SUCCESS_VALUES!r}"
    )
