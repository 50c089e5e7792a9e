# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

CompanyType = Literal["company"]

COMPANY_TYPE_VALUES: set[CompanyType] = {
    "company",
}


def check_company_type(value: str) -> CompanyType:
    if value in COMPANY_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMPANY_TYPE_VALUES!r}")
