# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

DataConnectorDetailDataTransformationType = Literal["code_block_transformation", "full_access", "redacted_access"]

DATA_CONNECTOR_DETAIL_DATA_TRANSFORMATION_TYPE_VALUES: set[DataConnectorDetailDataTransformationType] = {
    "code_block_transformation",
    "full_access",
    "redacted_access",
}


def check_data_connector_detail_data_transformation_type(value: str) -> DataConnectorDetailDataTransformationType:
    if value in DATA_CONNECTOR_DETAIL_DATA_TRANSFORMATION_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DATA_CONNECTOR_DETAIL_DATA_TRANSFORMATION_TYPE_VALUES!r}"
    )
