# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

AudienceType = Literal["audience"]

AUDIENCE_TYPE_VALUES: set[AudienceType] = {
    "audience",
}


def check_audience_type(value: str) -> AudienceType:
    if value in AUDIENCE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AUDIENCE_TYPE_VALUES!r}")
