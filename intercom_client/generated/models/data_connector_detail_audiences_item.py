# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

DataConnectorDetailAudiencesItem = Literal["leads", "users", "visitors"]

DATA_CONNECTOR_DETAIL_AUDIENCES_ITEM_VALUES: set[DataConnectorDetailAudiencesItem] = {
    "leads",
    "users",
    "visitors",
}


def check_data_connector_detail_audiences_item(value: str) -> DataConnectorDetailAudiencesItem:
    if value in DATA_CONNECTOR_DETAIL_AUDIENCES_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DATA_CONNECTOR_DETAIL_AUDIENCES_ITEM_VALUES!r}")
