# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

RetrieveDataConnectorStateVersion = Literal["draft", "live"]

RETRIEVE_DATA_CONNECTOR_STATE_VERSION_VALUES: set[RetrieveDataConnectorStateVersion] = {
    "draft",
    "live",
}


def check_retrieve_data_connector_state_version(value: str) -> RetrieveDataConnectorStateVersion:
    if value in RETRIEVE_DATA_CONNECTOR_STATE_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RETRIEVE_DATA_CONNECTOR_STATE_VERSION_VALUES!r}")
