# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import (
    DecodingIssue,
    Model,
    ModelRef,
    check_bool,
    check_float,
    check_int,
    check_str,
    list_of,
    received_fields,
)

if TYPE_CHECKING:
    from ..models.conversation_scorecard_evaluator import ConversationScorecardEvaluator
    from ..models.conversation_scorecard_reviewed_teammate import ConversationScorecardReviewedTeammate


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ConversationScorecard(Model):
    """A QA scorecard result for this conversation. Returned in the `scorecards` array on conversation responses when
    `include_scorecards=true` is passed.

    Attributes:
        ai_score (float | None): The numeric score produced by AI evaluation, if applicable. Null when not AI-scored.
            Example: 0.9.
        evaluated_at (int | None): The time the scorecard was last evaluated. Null in the rare case the underlying
            record's timestamp is not yet set. Example: 1719493065.
        evaluators (list[ConversationScorecardEvaluator] | None): Per-evaluator results within this scorecard.
        name (str | None): The name of the scorecard. Example: Standard QA Review.
        passed (bool | None): Whether the conversation passed the scorecard. Null when the scorecard has not been
            scored. Example: True.
        reviewed_teammate (ConversationScorecardReviewedTeammate | None): The teammate (or AI agent) whose handling of
            the conversation was reviewed by this scorecard.
        score (float | None): The numeric score for the scorecard. Null when the scorecard has not been scored. Example:
            0.85.
        scorecard_id (str | None): The unique identifier of the scorecard definition. Example: 67890.
        scorecard_type (str | None): The type of scorecard. Example: human.
        scorecard_version_id (str | None): The unique identifier of the specific scorecard version that produced this
            result. Example: 67891.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    ai_score: float | None = None
    evaluated_at: int | None = None
    evaluators: list[ConversationScorecardEvaluator] | None = None
    name: str | None = None
    passed: bool | None = None
    reviewed_teammate: ConversationScorecardReviewedTeammate | None = None
    score: float | None = None
    scorecard_id: str | None = None
    scorecard_type: str | None = None
    scorecard_version_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ConversationScorecard,
    ai_score=check_float,
    evaluated_at=check_int,
    evaluators=list_of(ModelRef(models, "ConversationScorecardEvaluator")),
    name=check_str,
    passed=check_bool,
    reviewed_teammate=ModelRef(models, "ConversationScorecardReviewedTeammate"),
    score=check_float,
    scorecard_id=check_str,
    scorecard_type=check_str,
    scorecard_version_id=check_str,
)
