# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

GetDownloadReportingDataJobIdentifierAccept = Literal["application/octet-stream"]

GET_DOWNLOAD_REPORTING_DATA_JOB_IDENTIFIER_ACCEPT_VALUES: set[GetDownloadReportingDataJobIdentifierAccept] = {
    "application/octet-stream",
}


def check_get_download_reporting_data_job_identifier_accept(value: str) -> GetDownloadReportingDataJobIdentifierAccept:
    if value in GET_DOWNLOAD_REPORTING_DATA_JOB_IDENTIFIER_ACCEPT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_DOWNLOAD_REPORTING_DATA_JOB_IDENTIFIER_ACCEPT_VALUES!r}"
    )
