# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

VisitorDeletedObjectType = Literal["visitor"]

VISITOR_DELETED_OBJECT_TYPE_VALUES: set[VisitorDeletedObjectType] = {
    "visitor",
}


def check_visitor_deleted_object_type(value: str) -> VisitorDeletedObjectType:
    if value in VISITOR_DELETED_OBJECT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VISITOR_DELETED_OBJECT_TYPE_VALUES!r}")
