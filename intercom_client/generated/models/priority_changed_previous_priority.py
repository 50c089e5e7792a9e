# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from typing import Literal

PriorityChangedPreviousPriority = Literal["high", "low", "medium", "none", "urgent"]
