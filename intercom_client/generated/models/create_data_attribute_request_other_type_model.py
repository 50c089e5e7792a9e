# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

CreateDataAttributeRequestOtherTypeModel = Literal["company", "contact"]

CREATE_DATA_ATTRIBUTE_REQUEST_OTHER_TYPE_MODEL_VALUES: set[CreateDataAttributeRequestOtherTypeModel] = {
    "company",
    "contact",
}


def check_create_data_attribute_request_other_type_model(value: str) -> CreateDataAttributeRequestOtherTypeModel:
    if value in CREATE_DATA_ATTRIBUTE_REQUEST_OTHER_TYPE_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_DATA_ATTRIBUTE_REQUEST_OTHER_TYPE_MODEL_VALUES!r}"
    )
