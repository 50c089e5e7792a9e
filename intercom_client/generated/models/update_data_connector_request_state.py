# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

UpdateDataConnectorRequestState = Literal["draft", "live"]

UPDATE_DATA_CONNECTOR_REQUEST_STATE_VALUES: set[UpdateDataConnectorRequestState] = {
    "draft",
    "live",
}


def check_update_data_connector_request_state(value: str) -> UpdateDataConnectorRequestState:
    if value in UPDATE_DATA_CONNECTOR_REQUEST_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_DATA_CONNECTOR_REQUEST_STATE_VALUES!r}")
