# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

JobsType = Literal["job"]

JOBS_TYPE_VALUES: set[JobsType] = {
    "job",
}


def check_jobs_type(value: str) -> JobsType:
    if value in JOBS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {JOBS_TYPE_VALUES!r}")
