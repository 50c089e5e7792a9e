# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

DataAttributeDataType = Literal["boolean", "date", "datetime", "float", "integer", "string"]

DATA_ATTRIBUTE_DATA_TYPE_VALUES: set[DataAttributeDataType] = {
    "boolean",
    "date",
    "datetime",
    "float",
    "integer",
    "string",
}


def check_data_attribute_data_type(value: str) -> DataAttributeDataType:
    if value in DATA_ATTRIBUTE_DATA_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DATA_ATTRIBUTE_DATA_TYPE_VALUES!r}")
