# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from typing import Literal

DataConnectorDetailDataInputsItemType = Literal["boolean", "decimal", "integer", "string"]
