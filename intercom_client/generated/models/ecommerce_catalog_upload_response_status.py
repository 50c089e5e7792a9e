# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

EcommerceCatalogUploadResponseStatus = Literal["processing"]

ECOMMERCE_CATALOG_UPLOAD_RESPONSE_STATUS_VALUES: set[EcommerceCatalogUploadResponseStatus] = {
    "processing",
}


def check_ecommerce_catalog_upload_response_status(value: str) -> EcommerceCatalogUploadResponseStatus:
    if value in ECOMMERCE_CATALOG_UPLOAD_RESPONSE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ECOMMERCE_CATALOG_UPLOAD_RESPONSE_STATUS_VALUES!r}")
