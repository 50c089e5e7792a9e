# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

DataAttributeType = Literal["data_attribute"]

DATA_ATTRIBUTE_TYPE_VALUES: set[DataAttributeType] = {
    "data_attribute",
}


def check_data_attribute_type(value: str) -> DataAttributeType:
    if value in DATA_ATTRIBUTE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DATA_ATTRIBUTE_TYPE_VALUES!r}")
