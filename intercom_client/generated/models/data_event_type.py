# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

DataEventType = Literal["event"]

DATA_EVENT_TYPE_VALUES: set[DataEventType] = {
    "event",
}


def check_data_event_type(value: str) -> DataEventType:
    if value in DATA_EVENT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DATA_EVENT_TYPE_VALUES!r}")
