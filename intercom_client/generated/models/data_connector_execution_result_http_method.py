# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

DataConnectorExecutionResultHttpMethod = Literal["delete", "get", "patch", "post", "put"]

DATA_CONNECTOR_EXECUTION_RESULT_HTTP_METHOD_VALUES: set[DataConnectorExecutionResultHttpMethod] = {
    "delete",
    "get",
    "patch",
    "post",
    "put",
}


def check_data_connector_execution_result_http_method(value: str) -> DataConnectorExecutionResultHttpMethod:
    if value in DATA_CONNECTOR_EXECUTION_RESULT_HTTP_METHOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DATA_CONNECTOR_EXECUTION_RESULT_HTTP_METHOD_VALUES!r}"
    )
