# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from typing import Literal

DataConnectorDetailDataTransformationType = Literal["code_block_transformation", "full_access", "redacted_access"]
