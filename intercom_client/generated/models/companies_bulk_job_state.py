# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from typing import Literal

CompaniesBulkJobState = Literal["completed", "completed_with_errors", "pending", "running"]
