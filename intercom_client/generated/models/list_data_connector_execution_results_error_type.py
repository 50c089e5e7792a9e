# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ListDataConnectorExecutionResultsErrorType = Literal[
    "3rd_party_error",
    "client_side_action_error",
    "email_verification_error",
    "faraday_error",
    "fin_action_identity_verification_error",
    "fin_action_response_formatting_error",
    "non_fin_standalone_action_identity_verification_error",
    "request_configuration_error",
    "request_validation_error",
    "response_mapping_error",
    "token_refresh_error",
]

LIST_DATA_CONNECTOR_EXECUTION_RESULTS_ERROR_TYPE_VALUES: set[ListDataConnectorExecutionResultsErrorType] = {
    "3rd_party_error",
    "client_side_action_error",
    "email_verification_error",
    "faraday_error",
    "fin_action_identity_verification_error",
    "fin_action_response_formatting_error",
    "non_fin_standalone_action_identity_verification_error",
    "request_configuration_error",
    "request_validation_error",
    "response_mapping_error",
    "token_refresh_error",
}


def check_list_data_connector_execution_results_error_type(value: str) -> ListDataConnectorExecutionResultsErrorType:
    if value in LIST_DATA_CONNECTOR_EXECUTION_RESULTS_ERROR_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_DATA_CONNECTOR_EXECUTION_RESULTS_ERROR_TYPE_VALUES!r}"
    )
