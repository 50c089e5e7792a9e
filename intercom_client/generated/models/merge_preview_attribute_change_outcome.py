# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

MergePreviewAttributeChangeOutcome = Literal["adopted", "discarded", "merged"]

MERGE_PREVIEW_ATTRIBUTE_CHANGE_OUTCOME_VALUES: set[MergePreviewAttributeChangeOutcome] = {
    "adopted",
    "discarded",
    "merged",
}


def check_merge_preview_attribute_change_outcome(value: str) -> MergePreviewAttributeChangeOutcome:
    if value in MERGE_PREVIEW_ATTRIBUTE_CHANGE_OUTCOME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MERGE_PREVIEW_ATTRIBUTE_CHANGE_OUTCOME_VALUES!r}")
