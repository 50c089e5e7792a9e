# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

DataAttributeModel = Literal["company", "contact"]

DATA_ATTRIBUTE_MODEL_VALUES: set[DataAttributeModel] = {
    "company",
    "contact",
}


def check_data_attribute_model(value: str) -> DataAttributeModel:
    if value in DATA_ATTRIBUTE_MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DATA_ATTRIBUTE_MODEL_VALUES!r}")
