# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

CreateExternalPageRequestLocale = Literal["en"]

CREATE_EXTERNAL_PAGE_REQUEST_LOCALE_VALUES: set[CreateExternalPageRequestLocale] = {
    "en",
}


def check_create_external_page_request_locale(value: str) -> CreateExternalPageRequestLocale:
    if value in CREATE_EXTERNAL_PAGE_REQUEST_LOCALE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_EXTERNAL_PAGE_REQUEST_LOCALE_VALUES!r}")
