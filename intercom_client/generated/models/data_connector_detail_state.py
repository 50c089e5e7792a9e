# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

DataConnectorDetailState = Literal["draft", "live"]

DATA_CONNECTOR_DETAIL_STATE_VALUES: set[DataConnectorDetailState] = {
    "draft",
    "live",
}


def check_data_connector_detail_state(value: str) -> DataConnectorDetailState:
    if value in DATA_CONNECTOR_DETAIL_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DATA_CONNECTOR_DETAIL_STATE_VALUES!r}")
