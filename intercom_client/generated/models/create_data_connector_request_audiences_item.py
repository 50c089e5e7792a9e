# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

CreateDataConnectorRequestAudiencesItem = Literal["leads", "users", "visitors"]

CREATE_DATA_CONNECTOR_REQUEST_AUDIENCES_ITEM_VALUES: set[CreateDataConnectorRequestAudiencesItem] = {
    "leads",
    "users",
    "visitors",
}


def check_create_data_connector_request_audiences_item(value: str) -> CreateDataConnectorRequestAudiencesItem:
    if value in CREATE_DATA_CONNECTOR_REQUEST_AUDIENCES_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_DATA_CONNECTOR_REQUEST_AUDIENCES_ITEM_VALUES!r}"
    )
