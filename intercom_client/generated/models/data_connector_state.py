# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

DataConnectorState = Literal["draft", "live"]

DATA_CONNECTOR_STATE_VALUES: set[DataConnectorState] = {
    "draft",
    "live",
}


def check_data_connector_state(value: str) -> DataConnectorState:
    if value in DATA_CONNECTOR_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DATA_CONNECTOR_STATE_VALUES!r}")
