# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

DataConnectorDetailObjectMappingsItemIntercomObjectType = Literal["conversation", "user"]

DATA_CONNECTOR_DETAIL_OBJECT_MAPPINGS_ITEM_INTERCOM_OBJECT_TYPE_VALUES: set[
    DataConnectorDetailObjectMappingsItemIntercomObjectType
] = {
    "conversation",
    "user",
}


def check_data_connector_detail_object_mappings_item_intercom_object_type(
    value: str,
) -> DataConnectorDetailObjectMappingsItemIntercomObjectType:
    if value in DATA_CONNECTOR_DETAIL_OBJECT_MAPPINGS_ITEM_INTERCOM_OBJECT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DATA_CONNECTOR_DETAIL_OBJECT_MAPPINGS_ITEM_INTERCOM_OBJECT_TYPE_VALUES!r}"
    )
