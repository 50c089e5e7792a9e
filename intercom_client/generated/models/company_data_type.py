# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

CompanyDataType = Literal["company"]

COMPANY_DATA_TYPE_VALUES: set[CompanyDataType] = {
    "company",
}


def check_company_data_type(value: str) -> CompanyDataType:
    if value in COMPANY_DATA_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMPANY_DATA_TYPE_VALUES!r}")
