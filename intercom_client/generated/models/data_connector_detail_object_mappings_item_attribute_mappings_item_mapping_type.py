# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

DataConnectorDetailObjectMappingsItemAttributeMappingsItemMappingType = Literal["context_mapping", "primitive_mapping"]

DATA_CONNECTOR_DETAIL_OBJECT_MAPPINGS_ITEM_ATTRIBUTE_MAPPINGS_ITEM_MAPPING_TYPE_VALUES: set[
    DataConnectorDetailObjectMappingsItemAttributeMappingsItemMappingType
] = {
    "context_mapping",
    "primitive_mapping",
}


def check_data_connector_detail_object_mappings_item_attribute_mappings_item_mapping_type(
    value: str,
) -> DataConnectorDetailObjectMappingsItemAttributeMappingsItemMappingType:
    if value in DATA_CONNECTOR_DETAIL_OBJECT_MAPPINGS_ITEM_ATTRIBUTE_MAPPINGS_ITEM_MAPPING_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DATA_CONNECTOR_DETAIL_OBJECT_MAPPINGS_ITEM_ATTRIBUTE_MAPPINGS_ITEM_MAPPING_TYPE_VALUES!r}"
    )
