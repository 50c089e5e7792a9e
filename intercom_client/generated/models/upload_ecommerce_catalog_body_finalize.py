# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

UploadEcommerceCatalogBodyFinalize = Literal["false", "true"]

UPLOAD_ECOMMERCE_CATALOG_BODY_FINALIZE_VALUES: set[UploadEcommerceCatalogBodyFinalize] = {
    "false",
    "true",
}


def check_upload_ecommerce_catalog_body_finalize(value: str) -> UploadEcommerceCatalogBodyFinalize:
    if value in UPLOAD_ECOMMERCE_CATALOG_BODY_FINALIZE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPLOAD_ECOMMERCE_CATALOG_BODY_FINALIZE_VALUES!r}")
