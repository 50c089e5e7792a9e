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
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.conversation_scorecard_evaluator_result import ConversationScorecardEvaluatorResult


_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "evaluator_id",
        "result",
    }
)


@_attrs_define(kw_only=True)
class ConversationScorecardEvaluator:
    """A single evaluator within a scorecard, including its result for this conversation.

    Attributes:
        evaluator_id (str | Unset): The unique identifier of the evaluator (criterion) within the scorecard. Example:
            54321.
        result (ConversationScorecardEvaluatorResult | None | Unset): The evaluator's result for this conversation. Null
            if the evaluator was not scored.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    evaluator_id: str | None | Unset = UNSET
    result: ConversationScorecardEvaluatorResult | None | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.evaluator_id
        if _v is not UNSET:
            _d["evaluator_id"] = _v
        _v = self.result
        if _v is not UNSET:
            _d["result"] = None if _v is None else to_jsonable(_v)
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="ConversationScorecardEvaluator"
                )
            _d = dict(_d)
        _f = ""
        try:
            evaluator_id = _d.get("evaluator_id", UNSET)
            if evaluator_id.__class__ is dict or evaluator_id.__class__ is list:
                raise WrongType("string", evaluator_id, "evaluator_id")

            result = _d.get("result", UNSET)

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.evaluator_id = evaluator_id
            _obj.result = result
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="ConversationScorecardEvaluator", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("ConversationScorecardEvaluator", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(
                str(exc), model="ConversationScorecardEvaluator", path=(field,) if field else ()
            ) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(
                str(exc), model="ConversationScorecardEvaluator", path=(_f,) if _f else ()
            ) from None
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.conversation_scorecard_evaluator_result import ConversationScorecardEvaluatorResult  # noqa: E402
