# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

DataExportStatus = Literal["canceled", "completed", "failed", "in_progress", "no_data", "pending"]

DATA_EXPORT_STATUS_VALUES: set[DataExportStatus] = {
    "canceled",
    "completed",
    "failed",
    "in_progress",
    "no_data",
    "pending",
}


def check_data_export_status(value: str) -> DataExportStatus:
    if value in DATA_EXPORT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {DATA_EXPORT_STATUS_VALUES!r}")
