# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

UpdateDataConnectorRequestAudiencesItem = Literal["leads", "users", "visitors"]

UPDATE_DATA_CONNECTOR_REQUEST_AUDIENCES_ITEM_VALUES: set[UpdateDataConnectorRequestAudiencesItem] = {
    "leads",
    "users",
    "visitors",
}


def check_update_data_connector_request_audiences_item(value: str) -> UpdateDataConnectorRequestAudiencesItem:
    if value in UPDATE_DATA_CONNECTOR_REQUEST_AUDIENCES_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {UPDATE_DATA_CONNECTOR_REQUEST_AUDIENCES_ITEM_VALUES!r}"
    )
