# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

VisitorCompaniesType = Literal["company.list"]

VISITOR_COMPANIES_TYPE_VALUES: set[VisitorCompaniesType] = {
    "company.list",
}


def check_visitor_companies_type(value: str) -> VisitorCompaniesType:
    if value in VISITOR_COMPANIES_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VISITOR_COMPANIES_TYPE_VALUES!r}")
