# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

DataAttributeListType = Literal["list"]

DATA_ATTRIBUTE_LIST_TYPE_VALUES: set[DataAttributeListType] = {
    "list",
}


def check_data_attribute_list_type(value: str) -> DataAttributeListType:
    if value in DATA_ATTRIBUTE_LIST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DATA_ATTRIBUTE_LIST_TYPE_VALUES!r}")
