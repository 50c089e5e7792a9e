# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ContactsBulkJobType = Literal["contacts.bulk.job"]

CONTACTS_BULK_JOB_TYPE_VALUES: set[ContactsBulkJobType] = {
    "contacts.bulk.job",
}


def check_contacts_bulk_job_type(value: str) -> ContactsBulkJobType:
    if value in CONTACTS_BULK_JOB_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTACTS_BULK_JOB_TYPE_VALUES!r}")
