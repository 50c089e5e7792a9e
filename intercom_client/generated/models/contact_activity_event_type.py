# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ContactActivityEventType = Literal[
    "contact.created", "contact.deleted", "contact.merge_failed", "contact.merged", "contact.role_updated"
]

CONTACT_ACTIVITY_EVENT_TYPE_VALUES: set[ContactActivityEventType] = {
    "contact.created",
    "contact.deleted",
    "contact.merge_failed",
    "contact.merged",
    "contact.role_updated",
}


def check_contact_activity_event_type(value: str) -> ContactActivityEventType:
    if value in CONTACT_ACTIVITY_EVENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTACT_ACTIVITY_EVENT_TYPE_VALUES!r}")
