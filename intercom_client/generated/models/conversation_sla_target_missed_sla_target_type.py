# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from typing import Literal

ConversationSlaTargetMissedSlaTargetType = Literal[
    "first_reply_time", "next_reply_time", "resolution_time", "time_to_close"
]
