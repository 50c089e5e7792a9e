# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    DECODE_ERRORS,
    DecodingIssue,
    FieldSpec,
    Pending,
    check_bool,
    check_float,
    check_int,
    check_str,
    decode_leniently,
    decode_list,
    install_lazy_fields,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.conversation_scorecard_evaluator import ConversationScorecardEvaluator
    from ..models.conversation_scorecard_reviewed_teammate import ConversationScorecardReviewedTeammate


def _decode_evaluators(data: Any) -> list[ConversationScorecardEvaluator]:
    return decode_list(data, ConversationScorecardEvaluator.from_dict)


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "ai_score": None,
    "evaluated_at": None,
    "evaluators": None,
    "name": None,
    "passed": None,
    "reviewed_teammate": None,
    "score": None,
    "scorecard_id": None,
    "scorecard_type": None,
    "scorecard_version_id": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "ai_score",
        "evaluated_at",
        "evaluators",
        "name",
        "passed",
        "reviewed_teammate",
        "score",
        "scorecard_id",
        "scorecard_type",
        "scorecard_version_id",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ConversationScorecard:
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
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.ai_score
        if _v is not None:
            _d["ai_score"] = to_jsonable(_v)
        _v = self.evaluated_at
        if _v is not None:
            _d["evaluated_at"] = to_jsonable(_v)
        _v = self.evaluators
        if _v is not None:
            _d["evaluators"] = to_jsonable(_v)
        _v = self.name
        if _v is not None:
            _d["name"] = _v
        _v = self.passed
        if _v is not None:
            _d["passed"] = to_jsonable(_v)
        _v = self.reviewed_teammate
        if _v is not None:
            _d["reviewed_teammate"] = to_jsonable(_v)
        _v = self.score
        if _v is not None:
            _d["score"] = to_jsonable(_v)
        _v = self.scorecard_id
        if _v is not None:
            _d["scorecard_id"] = _v
        _v = self.scorecard_type
        if _v is not None:
            _d["scorecard_type"] = _v
        _v = self.scorecard_version_id
        if _v is not None:
            _d["scorecard_version_id"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("ai_score", "ai_score", check_float, False),
            FieldSpec("evaluated_at", "evaluated_at", check_int, False),
            FieldSpec("evaluators", "evaluators", _decode_evaluators, False),
            FieldSpec("name", "name", check_str, False),
            FieldSpec("passed", "passed", check_bool, False),
            FieldSpec("reviewed_teammate", "reviewed_teammate", ConversationScorecardReviewedTeammate.from_dict, False),
            FieldSpec("score", "score", check_float, False),
            FieldSpec("scorecard_id", "scorecard_id", check_str, False),
            FieldSpec("scorecard_type", "scorecard_type", check_str, False),
            FieldSpec("scorecard_version_id", "scorecard_version_id", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="ConversationScorecard")
            _d = dict(_d)
        # The instance's attributes are built as one dict: every field absent (a copy of a dict of
        # that shape is one memory copy), then what came, then only the fields that need work.
        _state: dict[str, Any] = _ABSENT.copy()
        _state.update(_d)
        try:
            if _d.keys() <= _KNOWN_FIELDS:
                _state["additional_properties"] = {}
            else:
                _state["additional_properties"] = _extra = {key: _state.pop(key) for key in _d.keys() - _KNOWN_FIELDS}
                _state.update({key: _ABSENT[key] for key in _extra.keys() & _ABSENT.keys()})
            if _state["evaluators"] is not None:
                _state["evaluators"] = Pending(_state["evaluators"])
            _v = _state["reviewed_teammate"]
            if _v is not None and _v.__class__ is not dict:
                _state["reviewed_teammate"] = Pending(_v)
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.conversation_scorecard_evaluator import ConversationScorecardEvaluator
from ..models.conversation_scorecard_reviewed_teammate import ConversationScorecardReviewedTeammate

install_lazy_fields(
    ConversationScorecard,
    (
        "evaluators",
        "reviewed_teammate",
    ),
)
