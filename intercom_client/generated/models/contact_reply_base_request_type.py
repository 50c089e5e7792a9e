# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ContactReplyBaseRequestType = Literal["user"]

CONTACT_REPLY_BASE_REQUEST_TYPE_VALUES: set[ContactReplyBaseRequestType] = {
    "user",
}


def check_contact_reply_base_request_type(value: str) -> ContactReplyBaseRequestType:
    if value in CONTACT_REPLY_BASE_REQUEST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTACT_REPLY_BASE_REQUEST_TYPE_VALUES!r}")
