# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

CreateDataAttributeRequestListAttributeModel = Literal["company", "contact"]

CREATE_DATA_ATTRIBUTE_REQUEST_LIST_ATTRIBUTE_MODEL_VALUES: set[CreateDataAttributeRequestListAttributeModel] = {
    "company",
    "contact",
}


def check_create_data_attribute_request_list_attribute_model(
    value: str,
) -> CreateDataAttributeRequestListAttributeModel:
    if value in CREATE_DATA_ATTRIBUTE_REQUEST_LIST_ATTRIBUTE_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_DATA_ATTRIBUTE_REQUEST_LIST_ATTRIBUTE_MODEL_VALUES!r}"
    )
