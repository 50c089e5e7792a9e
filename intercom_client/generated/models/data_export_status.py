# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from typing import Literal

DataExportStatus = Literal["canceled", "completed", "failed", "in_progress", "no_data", "pending"]
