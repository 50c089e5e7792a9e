# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

DataConnectorHttpMethod = Literal["delete", "get", "patch", "post", "put"]

DATA_CONNECTOR_HTTP_METHOD_VALUES: set[DataConnectorHttpMethod] = {
    "delete",
    "get",
    "patch",
    "post",
    "put",
}


def check_data_connector_http_method(value: str) -> DataConnectorHttpMethod:
    if value in DATA_CONNECTOR_HTTP_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DATA_CONNECTOR_HTTP_METHOD_VALUES!r}")
