# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

CompanyListType = Literal["list"]

COMPANY_LIST_TYPE_VALUES: set[CompanyListType] = {
    "list",
}


def check_company_list_type(value: str) -> CompanyListType:
    if value in COMPANY_LIST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMPANY_LIST_TYPE_VALUES!r}")
