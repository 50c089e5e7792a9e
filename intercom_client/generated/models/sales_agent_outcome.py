# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from typing import Literal

SalesAgentOutcome = Literal["disqualified", "escalated_to_support", "product_discovery", "qualified", "spam"]
