# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

CompaniesBulkJobState = Literal["completed", "completed_with_errors", "pending", "running"]

COMPANIES_BULK_JOB_STATE_VALUES: set[CompaniesBulkJobState] = {
    "completed",
    "completed_with_errors",
    "pending",
    "running",
}


def check_companies_bulk_job_state(value: str) -> CompaniesBulkJobState:
    if value in COMPANIES_BULK_JOB_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMPANIES_BULK_JOB_STATE_VALUES!r}")
