# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

UpdateExternalPageRequestLocale = Literal["en"]

UPDATE_EXTERNAL_PAGE_REQUEST_LOCALE_VALUES: set[UpdateExternalPageRequestLocale] = {
    "en",
}


def check_update_external_page_request_locale(value: str) -> UpdateExternalPageRequestLocale:
    if value in UPDATE_EXTERNAL_PAGE_REQUEST_LOCALE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_EXTERNAL_PAGE_REQUEST_LOCALE_VALUES!r}")
