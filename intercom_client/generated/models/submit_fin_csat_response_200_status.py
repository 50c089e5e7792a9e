# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

SubmitFinCsatResponse200Status = Literal["rated"]

SUBMIT_FIN_CSAT_RESPONSE_200_STATUS_VALUES: set[SubmitFinCsatResponse200Status] = {
    "rated",
}


def check_submit_fin_csat_response_200_status(value: str) -> SubmitFinCsatResponse200Status:
    if value in SUBMIT_FIN_CSAT_RESPONSE_200_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUBMIT_FIN_CSAT_RESPONSE_200_STATUS_VALUES!r}")
