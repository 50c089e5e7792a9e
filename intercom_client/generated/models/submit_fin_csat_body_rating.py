# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

SubmitFinCsatBodyRating = Literal["amazing", "bad", "good", "ok", "terrible"]

SUBMIT_FIN_CSAT_BODY_RATING_VALUES: set[SubmitFinCsatBodyRating] = {
    "amazing",
    "bad",
    "good",
    "ok",
    "terrible",
}


def check_submit_fin_csat_body_rating(value: str) -> SubmitFinCsatBodyRating:
    if value in SUBMIT_FIN_CSAT_BODY_RATING_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUBMIT_FIN_CSAT_BODY_RATING_VALUES!r}")
