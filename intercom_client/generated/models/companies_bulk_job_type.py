# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

CompaniesBulkJobType = Literal["companies.bulk.job"]

COMPANIES_BULK_JOB_TYPE_VALUES: set[CompaniesBulkJobType] = {
    "companies.bulk.job",
}


def check_companies_bulk_job_type(value: str) -> CompaniesBulkJobType:
    if value in COMPANIES_BULK_JOB_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMPANIES_BULK_JOB_TYPE_VALUES!r}")
