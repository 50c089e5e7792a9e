# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
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
