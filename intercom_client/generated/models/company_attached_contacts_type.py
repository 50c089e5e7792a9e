# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

CompanyAttachedContactsType = Literal["list"]

COMPANY_ATTACHED_CONTACTS_TYPE_VALUES: set[CompanyAttachedContactsType] = {
    "list",
}


def check_company_attached_contacts_type(value: str) -> CompanyAttachedContactsType:
    if value in COMPANY_ATTACHED_CONTACTS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMPANY_ATTACHED_CONTACTS_TYPE_VALUES!r}")
