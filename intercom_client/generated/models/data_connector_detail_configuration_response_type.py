# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

DataConnectorDetailConfigurationResponseType = Literal["mock_response_type", "test_response_type"]

DATA_CONNECTOR_DETAIL_CONFIGURATION_RESPONSE_TYPE_VALUES: set[DataConnectorDetailConfigurationResponseType] = {
    "mock_response_type",
    "test_response_type",
}


def check_data_connector_detail_configuration_response_type(value: str) -> DataConnectorDetailConfigurationResponseType:
    if value in DATA_CONNECTOR_DETAIL_CONFIGURATION_RESPONSE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DATA_CONNECTOR_DETAIL_CONFIGURATION_RESPONSE_TYPE_VALUES!r}"
    )
