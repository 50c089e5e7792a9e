# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from typing import Literal

MergePreviewReasonCode = Literal[
    "external_lead_channel_not_allowed",
    "facebook_user",
    "invalid_merge_role_pair",
    "mailing_list",
    "no_shared_identifier",
]
