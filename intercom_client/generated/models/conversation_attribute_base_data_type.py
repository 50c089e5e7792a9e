# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from typing import Literal

ConversationAttributeBaseDataType = Literal[
    "boolean", "datetime", "decimal", "files", "integer", "list", "relationship", "string"
]
