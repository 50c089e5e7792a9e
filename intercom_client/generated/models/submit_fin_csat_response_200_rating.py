# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

SubmitFinCsatResponse200Rating = Literal["amazing", "bad", "good", "ok", "terrible"]

SUBMIT_FIN_CSAT_RESPONSE_200_RATING_VALUES: set[SubmitFinCsatResponse200Rating] = {
    "amazing",
    "bad",
    "good",
    "ok",
    "terrible",
}


def check_submit_fin_csat_response_200_rating(value: str) -> SubmitFinCsatResponse200Rating:
    if value in SUBMIT_FIN_CSAT_RESPONSE_200_RATING_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUBMIT_FIN_CSAT_RESPONSE_200_RATING_VALUES!r}")
