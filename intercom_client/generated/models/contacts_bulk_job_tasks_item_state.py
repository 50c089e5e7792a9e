# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ContactsBulkJobTasksItemState = Literal["completed", "completed_with_errors", "pending", "running"]

CONTACTS_BULK_JOB_TASKS_ITEM_STATE_VALUES: set[ContactsBulkJobTasksItemState] = {
    "completed",
    "completed_with_errors",
    "pending",
    "running",
}


def check_contacts_bulk_job_tasks_item_state(value: str) -> ContactsBulkJobTasksItemState:
    if value in CONTACTS_BULK_JOB_TASKS_ITEM_STATE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTACTS_BULK_JOB_TASKS_ITEM_STATE_VALUES!r}")
