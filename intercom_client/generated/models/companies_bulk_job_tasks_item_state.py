# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

CompaniesBulkJobTasksItemState = Literal["completed", "completed_with_errors", "pending", "running"]

COMPANIES_BULK_JOB_TASKS_ITEM_STATE_VALUES: set[CompaniesBulkJobTasksItemState] = {
    "completed",
    "completed_with_errors",
    "pending",
    "running",
}


def check_companies_bulk_job_tasks_item_state(value: str) -> CompaniesBulkJobTasksItemState:
    if value in COMPANIES_BULK_JOB_TASKS_ITEM_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMPANIES_BULK_JOB_TASKS_ITEM_STATE_VALUES!r}")
