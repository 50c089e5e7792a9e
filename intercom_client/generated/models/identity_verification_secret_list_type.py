# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

IdentityVerificationSecretListType = Literal["list"]

IDENTITY_VERIFICATION_SECRET_LIST_TYPE_VALUES: set[IdentityVerificationSecretListType] = {
    "list",
}


def check_identity_verification_secret_list_type(value: str) -> IdentityVerificationSecretListType:
    if value in IDENTITY_VERIFICATION_SECRET_LIST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IDENTITY_VERIFICATION_SECRET_LIST_TYPE_VALUES!r}")
