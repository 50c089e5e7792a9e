# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

SubmitFinCsatResultStatus = Literal["rated"]

SUBMIT_FIN_CSAT_RESULT_STATUS_VALUES: set[SubmitFinCsatResultStatus] = {
    "rated",
}


def check_submit_fin_csat_result_status(value: str) -> SubmitFinCsatResultStatus:
    if value in SUBMIT_FIN_CSAT_RESULT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUBMIT_FIN_CSAT_RESULT_STATUS_VALUES!r}")
