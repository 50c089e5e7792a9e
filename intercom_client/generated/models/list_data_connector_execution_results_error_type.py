# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
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
