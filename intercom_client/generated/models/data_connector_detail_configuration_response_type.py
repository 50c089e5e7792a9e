# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from typing import Literal

DataConnectorDetailConfigurationResponseType = Literal["mock_response_type", "test_response_type"]
