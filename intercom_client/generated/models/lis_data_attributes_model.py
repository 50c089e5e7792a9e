# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

LisDataAttributesModel = Literal["company", "contact"]

LIS_DATA_ATTRIBUTES_MODEL_VALUES: set[LisDataAttributesModel] = {
    "company",
    "contact",
}


def check_lis_data_attributes_model(value: str) -> LisDataAttributesModel:
    if value in LIS_DATA_ATTRIBUTES_MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIS_DATA_ATTRIBUTES_MODEL_VALUES!r}")
