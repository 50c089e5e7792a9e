# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

NewsfeedType = Literal["newsfeed"]

NEWSFEED_TYPE_VALUES: set[NewsfeedType] = {
    "newsfeed",
}


def check_newsfeed_type(value: str) -> NewsfeedType:
    if value in NEWSFEED_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NEWSFEED_TYPE_VALUES!r}")
