# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from typing import Literal

TicketStateCategory = Literal["in_progress", "resolved", "submitted", "waiting_on_customer"]
