# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

CompanyNotesType = Literal["note.list"]

COMPANY_NOTES_TYPE_VALUES: set[CompanyNotesType] = {
    "note.list",
}


def check_company_notes_type(value: str) -> CompanyNotesType:
    if value in COMPANY_NOTES_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMPANY_NOTES_TYPE_VALUES!r}")
