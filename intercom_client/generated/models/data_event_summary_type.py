# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

DataEventSummaryType = Literal["event.summary"]

DATA_EVENT_SUMMARY_TYPE_VALUES: set[DataEventSummaryType] = {
    "event.summary",
}


def check_data_event_summary_type(value: str) -> DataEventSummaryType:
    if value in DATA_EVENT_SUMMARY_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DATA_EVENT_SUMMARY_TYPE_VALUES!r}")
