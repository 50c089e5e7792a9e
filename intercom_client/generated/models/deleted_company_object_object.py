# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

DeletedCompanyObjectObject = Literal["company"]

DELETED_COMPANY_OBJECT_OBJECT_VALUES: set[DeletedCompanyObjectObject] = {
    "company",
}


def check_deleted_company_object_object(value: str) -> DeletedCompanyObjectObject:
    if value in DELETED_COMPANY_OBJECT_OBJECT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DELETED_COMPANY_OBJECT_OBJECT_VALUES!r}")
