# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from typing import Literal

ConversationScorecardReviewedTeammateType = Literal["admin", "ai"]

CONVERSATION_SCORECARD_REVIEWED_TEAMMATE_TYPE_VALUES: set[ConversationScorecardReviewedTeammateType] = {
    "admin",
    "ai",
}


def check_conversation_scorecard_reviewed_teammate_type(value: str) -> ConversationScorecardReviewedTeammateType:
    if value in CONVERSATION_SCORECARD_REVIEWED_TEAMMATE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CONVERSATION_SCORECARD_REVIEWED_TEAMMATE_TYPE_VALUES!r}"
    )
