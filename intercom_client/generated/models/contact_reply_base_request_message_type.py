# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ContactReplyBaseRequestMessageType = Literal["comment"]

CONTACT_REPLY_BASE_REQUEST_MESSAGE_TYPE_VALUES: set[ContactReplyBaseRequestMessageType] = {
    "comment",
}


def check_contact_reply_base_request_message_type(value: str) -> ContactReplyBaseRequestMessageType:
    if value in CONTACT_REPLY_BASE_REQUEST_MESSAGE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTACT_REPLY_BASE_REQUEST_MESSAGE_TYPE_VALUES!r}")
