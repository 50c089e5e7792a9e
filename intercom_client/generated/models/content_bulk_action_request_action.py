# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ContentBulkActionRequestAction = Literal[
    "delete", "publish", "set_audience", "set_availability", "unpublish", "update_tags"
]

CONTENT_BULK_ACTION_REQUEST_ACTION_VALUES: set[ContentBulkActionRequestAction] = {
    "delete",
    "publish",
    "set_audience",
    "set_availability",
    "unpublish",
    "update_tags",
}


def check_content_bulk_action_request_action(value: str) -> ContentBulkActionRequestAction:
    if value in CONTENT_BULK_ACTION_REQUEST_ACTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CONTENT_BULK_ACTION_REQUEST_ACTION_VALUES!r}")
