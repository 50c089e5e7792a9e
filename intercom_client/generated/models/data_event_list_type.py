# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

DataEventListType = Literal["event.list"]

DATA_EVENT_LIST_TYPE_VALUES: set[DataEventListType] = {
    "event.list",
}


def check_data_event_list_type(value: str) -> DataEventListType:
    if value in DATA_EVENT_LIST_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DATA_EVENT_LIST_TYPE_VALUES!r}")
