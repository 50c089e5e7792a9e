# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ExternalPageLocale = Literal["en"]

EXTERNAL_PAGE_LOCALE_VALUES: set[ExternalPageLocale] = {
    "en",
}


def check_external_page_locale(value: str) -> ExternalPageLocale:
    if value in EXTERNAL_PAGE_LOCALE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXTERNAL_PAGE_LOCALE_VALUES!r}")
