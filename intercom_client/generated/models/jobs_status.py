# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

JobsStatus = Literal["failed", "pending", "success"]

JOBS_STATUS_VALUES: set[JobsStatus] = {
    "failed",
    "pending",
    "success",
}


def check_jobs_status(value: str) -> JobsStatus:
    if value in JOBS_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {JOBS_STATUS_VALUES!r}")
