# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

EscalateFinConversationResultStatus = Literal["escalated"]

ESCALATE_FIN_CONVERSATION_RESULT_STATUS_VALUES: set[EscalateFinConversationResultStatus] = {
    "escalated",
}


def check_escalate_fin_conversation_result_status(value: str) -> EscalateFinConversationResultStatus:
    if value in ESCALATE_FIN_CONVERSATION_RESULT_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ESCALATE_FIN_CONVERSATION_RESULT_STATUS_VALUES!r}")
