# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    UNSET,
    Unset,
    WrongType,
    to_jsonable,
)


def _decode_reason_ids(data: Any) -> list[str]:
    if data.__class__ is not list:
        raise WrongType("array", data)
    return data


_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "other_text",
        "reason_ids",
        "reasoning",
        "source",
        "value",
    }
)


@_attrs_define(kw_only=True)
class ConversationScorecardEvaluatorResult:
    """The outcome of a single evaluator within a scorecard.

    Attributes:
        other_text (None | str | Unset): Free-text entered by the reviewer to supplement or stand in for the structured
            `reason_ids` — typically captured when the reviewer selects an "Other" option or adds a custom note. Null when
            not provided. Example: Agent acknowledged the issue but missed the follow-up question about billing..
        reason_ids (list[str] | None | Unset): Identifiers for structured reasons assigned to the result, if any.
            Example: ['101', '102'].
        reasoning (None | str | Unset): A free-text explanation of the result. Example: The agent acknowledged the issue
            and resolved it within the same response..
        source (None | str | Unset): The origin of the result (for example, `ai` or `human`). Example: ai.
        value (None | str | Unset): The evaluator's selected value (typically a label such as `pass`, `fail`, or a
            category identifier). Example: pass.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    other_text: None | str | None | Unset = UNSET
    reason_ids: list[str] | None | None | Unset = UNSET
    reasoning: None | str | None | Unset = UNSET
    source: None | str | None | Unset = UNSET
    value: None | str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.other_text
        if _v is not UNSET:
            _d["other_text"] = None if _v is None else to_jsonable(_v)
        _v = self.reason_ids
        if _v is not UNSET:
            _d["reason_ids"] = None if _v is None else to_jsonable(_v)
        _v = self.reasoning
        if _v is not UNSET:
            _d["reasoning"] = None if _v is None else to_jsonable(_v)
        _v = self.source
        if _v is not UNSET:
            _d["source"] = None if _v is None else to_jsonable(_v)
        _v = self.value
        if _v is not UNSET:
            _d["value"] = None if _v is None else to_jsonable(_v)
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="ConversationScorecardEvaluatorResult"
                )
            _d = dict(_d)
        _f = ""
        try:
            other_text = _d.get("other_text", UNSET)
            if other_text.__class__ is dict or other_text.__class__ is list:
                raise WrongType("string", other_text, "other_text")

            reason_ids = _d.get("reason_ids", UNSET)
            if reason_ids is not None and reason_ids is not UNSET:
                _f = "reason_ids"
                reason_ids = _decode_reason_ids(reason_ids)

            reasoning = _d.get("reasoning", UNSET)
            if reasoning.__class__ is dict or reasoning.__class__ is list:
                raise WrongType("string", reasoning, "reasoning")

            source = _d.get("source", UNSET)
            if source.__class__ is dict or source.__class__ is list:
                raise WrongType("string", source, "source")

            value = _d.get("value", UNSET)
            if value.__class__ is dict or value.__class__ is list:
                raise WrongType("string", value, "value")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.other_text = other_text
            _obj.reason_ids = reason_ids
            _obj.reasoning = reasoning
            _obj.source = source
            _obj.value = value
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="ConversationScorecardEvaluatorResult", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("ConversationScorecardEvaluatorResult", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(
                str(exc), model="ConversationScorecardEvaluatorResult", path=(field,) if field else ()
            ) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(
                str(exc), model="ConversationScorecardEvaluatorResult", path=(_f,) if _f else ()
            ) from None
        return _obj
