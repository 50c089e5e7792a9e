# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    UNSET,
    Unset,
    WrongType,
    decode_list,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.conversation_scorecard_evaluator import ConversationScorecardEvaluator
    from ..models.conversation_scorecard_reviewed_teammate import ConversationScorecardReviewedTeammate


def _decode_evaluators(data: Any) -> list[ConversationScorecardEvaluator]:
    return decode_list(data, ConversationScorecardEvaluator.from_dict)


_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
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


@_attrs_define(kw_only=True)
class ConversationScorecard:
    """A QA scorecard result for this conversation. Returned in the `scorecards` array on conversation responses when
    `include_scorecards=true` is passed.

        Attributes:
            ai_score (float | None | Unset): The numeric score produced by AI evaluation, if applicable. Null when not AI-
                scored. Example: 0.9.
            evaluated_at (int | None | Unset): The time the scorecard was last evaluated. Null in the rare case the
                underlying record's timestamp is not yet set. Example: 1719493065.
            evaluators (list[ConversationScorecardEvaluator] | Unset): Per-evaluator results within this scorecard.
            name (str | Unset): The name of the scorecard. Example: Standard QA Review.
            passed (bool | None | Unset): Whether the conversation passed the scorecard. Null when the scorecard has not
                been scored. Example: True.
            reviewed_teammate (ConversationScorecardReviewedTeammate | Unset): The teammate (or AI agent) whose handling of
                the conversation was reviewed by this scorecard.
            score (float | None | Unset): The numeric score for the scorecard. Null when the scorecard has not been scored.
                Example: 0.85.
            scorecard_id (str | Unset): The unique identifier of the scorecard definition. Example: 67890.
            scorecard_type (str | Unset): The type of scorecard. Example: human.
            scorecard_version_id (str | Unset): The unique identifier of the specific scorecard version that produced this
                result. Example: 67891.
            additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    ai_score: float | None | None | Unset = UNSET
    evaluated_at: int | None | None | Unset = UNSET
    evaluators: list[ConversationScorecardEvaluator] | None | Unset = UNSET
    name: str | None | Unset = UNSET
    passed: bool | None | None | Unset = UNSET
    reviewed_teammate: ConversationScorecardReviewedTeammate | None | Unset = UNSET
    score: float | None | None | Unset = UNSET
    scorecard_id: str | None | Unset = UNSET
    scorecard_type: str | None | Unset = UNSET
    scorecard_version_id: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.ai_score
        if _v is not UNSET:
            _d["ai_score"] = None if _v is None else to_jsonable(_v)
        _v = self.evaluated_at
        if _v is not UNSET:
            _d["evaluated_at"] = None if _v is None else to_jsonable(_v)
        _v = self.evaluators
        if _v is not UNSET:
            _d["evaluators"] = None if _v is None else to_jsonable(_v)
        _v = self.name
        if _v is not UNSET:
            _d["name"] = _v
        _v = self.passed
        if _v is not UNSET:
            _d["passed"] = None if _v is None else to_jsonable(_v)
        _v = self.reviewed_teammate
        if _v is not UNSET:
            _d["reviewed_teammate"] = None if _v is None else _v.to_dict()
        _v = self.score
        if _v is not UNSET:
            _d["score"] = None if _v is None else to_jsonable(_v)
        _v = self.scorecard_id
        if _v is not UNSET:
            _d["scorecard_id"] = _v
        _v = self.scorecard_type
        if _v is not UNSET:
            _d["scorecard_type"] = _v
        _v = self.scorecard_version_id
        if _v is not UNSET:
            _d["scorecard_version_id"] = _v
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="ConversationScorecard")
            _d = dict(_d)
        _f = ""
        try:
            ai_score = _d.get("ai_score", UNSET)
            if ai_score.__class__ is dict or ai_score.__class__ is list:
                raise WrongType("number", ai_score, "ai_score")

            evaluated_at = _d.get("evaluated_at", UNSET)
            if evaluated_at.__class__ is dict or evaluated_at.__class__ is list:
                raise WrongType("integer", evaluated_at, "evaluated_at")

            evaluators = _d.get("evaluators", UNSET)
            if evaluators is not None and evaluators is not UNSET:
                _f = "evaluators"
                evaluators = _decode_evaluators(evaluators)

            name = _d.get("name", UNSET)
            if name.__class__ is dict or name.__class__ is list:
                raise WrongType("string", name, "name")

            passed = _d.get("passed", UNSET)
            if passed.__class__ is dict or passed.__class__ is list:
                raise WrongType("boolean", passed, "passed")

            reviewed_teammate = _d.get("reviewed_teammate", UNSET)
            if reviewed_teammate is not None and reviewed_teammate is not UNSET:
                _f = "reviewed_teammate"
                reviewed_teammate = ConversationScorecardReviewedTeammate.from_dict(reviewed_teammate)

            score = _d.get("score", UNSET)
            if score.__class__ is dict or score.__class__ is list:
                raise WrongType("number", score, "score")

            scorecard_id = _d.get("scorecard_id", UNSET)
            if scorecard_id.__class__ is dict or scorecard_id.__class__ is list:
                raise WrongType("string", scorecard_id, "scorecard_id")

            scorecard_type = _d.get("scorecard_type", UNSET)
            if scorecard_type.__class__ is dict or scorecard_type.__class__ is list:
                raise WrongType("string", scorecard_type, "scorecard_type")

            scorecard_version_id = _d.get("scorecard_version_id", UNSET)
            if scorecard_version_id.__class__ is dict or scorecard_version_id.__class__ is list:
                raise WrongType("string", scorecard_version_id, "scorecard_version_id")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.ai_score = ai_score
            _obj.evaluated_at = evaluated_at
            _obj.evaluators = evaluators
            _obj.name = name
            _obj.passed = passed
            _obj.reviewed_teammate = reviewed_teammate
            _obj.score = score
            _obj.scorecard_id = scorecard_id
            _obj.scorecard_type = scorecard_type
            _obj.scorecard_version_id = scorecard_version_id
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="ConversationScorecard", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("ConversationScorecard", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(
                str(exc), model="ConversationScorecard", path=(field,) if field else ()
            ) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="ConversationScorecard", path=(_f,) if _f else ()) from None
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.conversation_scorecard_evaluator import ConversationScorecardEvaluator  # noqa: E402
from ..models.conversation_scorecard_reviewed_teammate import ConversationScorecardReviewedTeammate  # noqa: E402
