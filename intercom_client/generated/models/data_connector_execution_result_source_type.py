# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

DataConnectorExecutionResultSourceType = Literal[
    "answer",
    "button_custom_bot",
    "custom_bot",
    "fin",
    "inbound_custom_bot",
    "inbox",
    "saved_reply",
    "triggerable_custom_bot",
    "workflow",
]

DATA_CONNECTOR_EXECUTION_RESULT_SOURCE_TYPE_VALUES: set[DataConnectorExecutionResultSourceType] = {
    "answer",
    "button_custom_bot",
    "custom_bot",
    "fin",
    "inbound_custom_bot",
    "inbox",
    "saved_reply",
    "triggerable_custom_bot",
    "workflow",
}


def check_data_connector_execution_result_source_type(value: str) -> DataConnectorExecutionResultSourceType:
    if value in DATA_CONNECTOR_EXECUTION_RESULT_SOURCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DATA_CONNECTOR_EXECUTION_RESULT_SOURCE_TYPE_VALUES!r}"
    )
