# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

UpdateDataConnectorRequestHttpMethod = Literal["delete", "get", "patch", "post", "put"]

UPDATE_DATA_CONNECTOR_REQUEST_HTTP_METHOD_VALUES: set[UpdateDataConnectorRequestHttpMethod] = {
    "delete",
    "get",
    "patch",
    "post",
    "put",
}


def check_update_data_connector_request_http_method(value: str) -> UpdateDataConnectorRequestHttpMethod:
    if value in UPDATE_DATA_CONNECTOR_REQUEST_HTTP_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_DATA_CONNECTOR_REQUEST_HTTP_METHOD_VALUES!r}")
