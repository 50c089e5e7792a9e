# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

DataConnectorListPagesType = Literal["pages"]

DATA_CONNECTOR_LIST_PAGES_TYPE_VALUES: set[DataConnectorListPagesType] = {
    "pages",
}


def check_data_connector_list_pages_type(value: str) -> DataConnectorListPagesType:
    if value in DATA_CONNECTOR_LIST_PAGES_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DATA_CONNECTOR_LIST_PAGES_TYPE_VALUES!r}")
