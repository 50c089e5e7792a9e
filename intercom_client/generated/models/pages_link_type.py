# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

PagesLinkType = Literal["pages"]

PAGES_LINK_TYPE_VALUES: set[PagesLinkType] = {
    "pages",
}


def check_pages_link_type(value: str) -> PagesLinkType:
    if value in PAGES_LINK_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PAGES_LINK_TYPE_VALUES!r}")
