# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    DECODE_ERRORS,
    DecodingIssue,
    FieldSpec,
    check_scalar_list,
    check_str,
    decode_leniently,
    to_jsonable,
)

_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "other_text": None,
    "reason_ids": None,
    "reasoning": None,
    "source": None,
    "value": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "other_text",
        "reason_ids",
        "reasoning",
        "source",
        "value",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ConversationScorecardEvaluatorResult:
    """The outcome of a single evaluator within a scorecard.

    Attributes:
        other_text (str | None): Free-text entered by the reviewer to supplement or stand in for the structured
            `reason_ids` — typically captured when the reviewer selects an "Other" option or adds a custom note. Null when
            not provided. Example: Agent acknowledged the issue but missed the follow-up question about billing..
        reason_ids (list[str] | None): Identifiers for structured reasons assigned to the result, if any. Example:
            ['101', '102'].
        reasoning (str | None): A free-text explanation of the result. Example: The agent acknowledged the issue and
            resolved it within the same response..
        source (str | None): The origin of the result (for example, `ai` or `human`). Example: ai.
        value (str | None): The evaluator's selected value (typically a label such as `pass`, `fail`, or a category
            identifier). Example: pass.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    other_text: str | None = None
    reason_ids: list[str] | None = None
    reasoning: str | None = None
    source: str | None = None
    value: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.other_text
        if _v is not None:
            _d["other_text"] = to_jsonable(_v)
        _v = self.reason_ids
        if _v is not None:
            _d["reason_ids"] = to_jsonable(_v)
        _v = self.reasoning
        if _v is not None:
            _d["reasoning"] = to_jsonable(_v)
        _v = self.source
        if _v is not None:
            _d["source"] = to_jsonable(_v)
        _v = self.value
        if _v is not None:
            _d["value"] = to_jsonable(_v)
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("other_text", "other_text", check_str, False),
            FieldSpec("reason_ids", "reason_ids", check_scalar_list, False),
            FieldSpec("reasoning", "reasoning", check_str, False),
            FieldSpec("source", "source", check_str, False),
            FieldSpec("value", "value", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="ConversationScorecardEvaluatorResult"
                )
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
            _v = _state["reason_ids"]
            if _v is not None:
                _v = check_scalar_list(_v)

            _state["reason_ids"] = _v
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj
