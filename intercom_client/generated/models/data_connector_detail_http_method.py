# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

DataConnectorDetailHttpMethod = Literal["delete", "get", "patch", "post", "put"]

DATA_CONNECTOR_DETAIL_HTTP_METHOD_VALUES: set[DataConnectorDetailHttpMethod] = {
    "delete",
    "get",
    "patch",
    "post",
    "put",
}


def check_data_connector_detail_http_method(value: str) -> DataConnectorDetailHttpMethod:
    if value in DATA_CONNECTOR_DETAIL_HTTP_METHOD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DATA_CONNECTOR_DETAIL_HTTP_METHOD_VALUES!r}")
