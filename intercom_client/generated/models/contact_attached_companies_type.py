# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ContactAttachedCompaniesType = Literal["list"]

CONTACT_ATTACHED_COMPANIES_TYPE_VALUES: set[ContactAttachedCompaniesType] = {
    "list",
}


def check_contact_attached_companies_type(value: str) -> ContactAttachedCompaniesType:
    if value in CONTACT_ATTACHED_COMPANIES_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTACT_ATTACHED_COMPANIES_TYPE_VALUES!r}")
