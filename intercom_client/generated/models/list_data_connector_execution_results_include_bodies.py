# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ListDataConnectorExecutionResultsIncludeBodies = Literal["false", "true"]

LIST_DATA_CONNECTOR_EXECUTION_RESULTS_INCLUDE_BODIES_VALUES: set[ListDataConnectorExecutionResultsIncludeBodies] = {
    "false",
    "true",
}


def check_list_data_connector_execution_results_include_bodies(
    value: str,
) -> ListDataConnectorExecutionResultsIncludeBodies:
    if value in LIST_DATA_CONNECTOR_EXECUTION_RESULTS_INCLUDE_BODIES_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_DATA_CONNECTOR_EXECUTION_RESULTS_INCLUDE_BODIES_VALUES!r}"
    )
