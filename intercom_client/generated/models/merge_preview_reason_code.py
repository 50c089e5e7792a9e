# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

MergePreviewReasonCode = Literal[
    "external_lead_channel_not_allowed",
    "facebook_user",
    "invalid_merge_role_pair",
    "mailing_list",
    "no_shared_identifier",
]

MERGE_PREVIEW_REASON_CODE_VALUES: set[MergePreviewReasonCode] = {
    "external_lead_channel_not_allowed",
    "facebook_user",
    "invalid_merge_role_pair",
    "mailing_list",
    "no_shared_identifier",
}


def check_merge_preview_reason_code(value: str) -> MergePreviewReasonCode:
    if value in MERGE_PREVIEW_REASON_CODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MERGE_PREVIEW_REASON_CODE_VALUES!r}")
