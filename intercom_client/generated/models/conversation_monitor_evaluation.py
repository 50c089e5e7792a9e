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
    check_int,
    check_str,
    decode_leniently,
    to_jsonable,
)

_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "evaluated_at": None,
    "explanation": None,
    "monitor_id": None,
    "monitor_name": None,
    "monitor_type": None,
    "result": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "evaluated_at",
        "explanation",
        "monitor_id",
        "monitor_name",
        "monitor_type",
        "result",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ConversationMonitorEvaluation:
    """A QA monitor evaluation that flagged this conversation. Returned in the `monitor_evaluations` array on conversation
    responses when `include_monitors=true` is passed.

    Attributes:
        evaluated_at (int | None): The time the monitor evaluated this conversation. Null in the rare case the
            underlying record's timestamp is not yet set. Example: 1719493065.
        explanation (str | None): The reasoning provided by the monitor for its result. May be null if no reasoning was
            generated. Example: The customer mentioned wanting a refund without resolution..
        monitor_id (str | None): The unique identifier of the monitor that produced this evaluation. Example: 12345.
        monitor_name (str | None): The name of the monitor at the time of evaluation. Null if the monitor has since been
            deleted. Example: Customer complaint handling.
        monitor_type (str | None): The type of the monitor. Null if the monitor has since been deleted. Example: prompt.
        result (str | None): The evaluation outcome reported by the monitor. Example: flagged.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    evaluated_at: int | None = None
    explanation: str | None = None
    monitor_id: str | None = None
    monitor_name: str | None = None
    monitor_type: str | None = None
    result: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.evaluated_at
        if _v is not None:
            _d["evaluated_at"] = to_jsonable(_v)
        _v = self.explanation
        if _v is not None:
            _d["explanation"] = to_jsonable(_v)
        _v = self.monitor_id
        if _v is not None:
            _d["monitor_id"] = _v
        _v = self.monitor_name
        if _v is not None:
            _d["monitor_name"] = to_jsonable(_v)
        _v = self.monitor_type
        if _v is not None:
            _d["monitor_type"] = to_jsonable(_v)
        _v = self.result
        if _v is not None:
            _d["result"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("evaluated_at", "evaluated_at", check_int, False),
            FieldSpec("explanation", "explanation", check_str, False),
            FieldSpec("monitor_id", "monitor_id", check_str, False),
            FieldSpec("monitor_name", "monitor_name", check_str, False),
            FieldSpec("monitor_type", "monitor_type", check_str, False),
            FieldSpec("result", "result", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="ConversationMonitorEvaluation"
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
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj
