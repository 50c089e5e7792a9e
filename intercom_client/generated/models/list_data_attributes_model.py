# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ListDataAttributesModel = Literal["company", "contact"]

LIST_DATA_ATTRIBUTES_MODEL_VALUES: set[ListDataAttributesModel] = {
    "company",
    "contact",
}


def check_list_data_attributes_model(value: str) -> ListDataAttributesModel:
    if value in LIST_DATA_ATTRIBUTES_MODEL_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_DATA_ATTRIBUTES_MODEL_VALUES!r}")
