# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

EscalateFinConversationResponse200Status = Literal["escalated"]

ESCALATE_FIN_CONVERSATION_RESPONSE_200_STATUS_VALUES: set[EscalateFinConversationResponse200Status] = {
    "escalated",
}


def check_escalate_fin_conversation_response_200_status(value: str) -> EscalateFinConversationResponse200Status:
    if value in ESCALATE_FIN_CONVERSATION_RESPONSE_200_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ESCALATE_FIN_CONVERSATION_RESPONSE_200_STATUS_VALUES!r}"
    )
