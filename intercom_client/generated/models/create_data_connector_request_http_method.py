# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

CreateDataConnectorRequestHttpMethod = Literal["delete", "get", "patch", "post", "put"]

CREATE_DATA_CONNECTOR_REQUEST_HTTP_METHOD_VALUES: set[CreateDataConnectorRequestHttpMethod] = {
    "delete",
    "get",
    "patch",
    "post",
    "put",
}


def check_create_data_connector_request_http_method(value: str) -> CreateDataConnectorRequestHttpMethod:
    if value in CREATE_DATA_CONNECTOR_REQUEST_HTTP_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_DATA_CONNECTOR_REQUEST_HTTP_METHOD_VALUES!r}")
