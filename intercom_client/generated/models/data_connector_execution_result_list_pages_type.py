# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

DataConnectorExecutionResultListPagesType = Literal["pages"]

DATA_CONNECTOR_EXECUTION_RESULT_LIST_PAGES_TYPE_VALUES: set[DataConnectorExecutionResultListPagesType] = {
    "pages",
}


def check_data_connector_execution_result_list_pages_type(value: str) -> DataConnectorExecutionResultListPagesType:
    if value in DATA_CONNECTOR_EXECUTION_RESULT_LIST_PAGES_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DATA_CONNECTOR_EXECUTION_RESULT_LIST_PAGES_TYPE_VALUES!r}"
    )
