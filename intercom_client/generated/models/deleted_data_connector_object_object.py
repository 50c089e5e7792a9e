# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

DeletedDataConnectorObjectObject = Literal["data_connector"]

DELETED_DATA_CONNECTOR_OBJECT_OBJECT_VALUES: set[DeletedDataConnectorObjectObject] = {
    "data_connector",
}


def check_deleted_data_connector_object_object(value: str) -> DeletedDataConnectorObjectObject:
    if value in DELETED_DATA_CONNECTOR_OBJECT_OBJECT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DELETED_DATA_CONNECTOR_OBJECT_OBJECT_VALUES!r}")
