# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

CompanyScrollType = Literal["list"]

COMPANY_SCROLL_TYPE_VALUES: set[CompanyScrollType] = {
    "list",
}


def check_company_scroll_type(value: str) -> CompanyScrollType:
    if value in COMPANY_SCROLL_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMPANY_SCROLL_TYPE_VALUES!r}")
