# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from typing import Literal

DataConnectorDetailObjectMappingsItemAttributeMappingsItemMappingType = Literal["context_mapping", "primitive_mapping"]
