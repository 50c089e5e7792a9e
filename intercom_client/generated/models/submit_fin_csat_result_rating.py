# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

SubmitFinCsatResultRating = Literal["amazing", "bad", "good", "ok", "terrible"]

SUBMIT_FIN_CSAT_RESULT_RATING_VALUES: set[SubmitFinCsatResultRating] = {
    "amazing",
    "bad",
    "good",
    "ok",
    "terrible",
}


def check_submit_fin_csat_result_rating(value: str) -> SubmitFinCsatResultRating:
    if value in SUBMIT_FIN_CSAT_RESULT_RATING_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUBMIT_FIN_CSAT_RESULT_RATING_VALUES!r}")
