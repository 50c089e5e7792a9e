# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

CompanyTagsType = Literal["tag.list"]

COMPANY_TAGS_TYPE_VALUES: set[CompanyTagsType] = {
    "tag.list",
}


def check_company_tags_type(value: str) -> CompanyTagsType:
    if value in COMPANY_TAGS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {COMPANY_TAGS_TYPE_VALUES!r}")
