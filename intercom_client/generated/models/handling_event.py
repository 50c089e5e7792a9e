# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.handling_event_type import HandlingEventType
from ..types import (
    DECODE_ERRORS,
    DecodingIssue,
    FieldSpec,
    Pending,
    WrongType,
    check_str,
    decode_leniently,
    install_lazy_fields,
    parse_datetime,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.teammate_reference import TeammateReference


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {"teammate": None, "timestamp": None, "type_": None, "reason": None, "_decoding_issues": ()}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "teammate",
        "timestamp",
        "type",
        "reason",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class HandlingEvent:
    """A pause or resume event for a conversation

    Attributes:
        teammate (TeammateReference): A reference to a teammate (admin, team, or bot)
        timestamp (datetime.datetime): ISO8601 timestamp when the event occurred Example: 2026-01-09T09:00:00Z.
        type_ (HandlingEventType): The type of handling event Example: paused.
        reason (str | None): Optional reason for the event (e.g., "Paused", "Away") Example: Paused.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    teammate: TeammateReference
    timestamp: datetime.datetime
    type_: HandlingEventType
    reason: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.teammate
        if _v is not None:
            _d["teammate"] = to_jsonable(_v)
        _v = self.timestamp
        if _v is not None:
            _d["timestamp"] = to_jsonable(_v)
        _v = self.type_
        if _v is not None:
            _d["type"] = _v
        _v = self.reason
        if _v is not None:
            _d["reason"] = to_jsonable(_v)
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("teammate", "teammate", TeammateReference.from_dict, True),
            FieldSpec("timestamp", "timestamp", parse_datetime, True),
            FieldSpec("type", "type_", check_str, True),
            FieldSpec("reason", "reason", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="HandlingEvent")
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
            if "teammate" not in _d:
                raise KeyError("teammate")
            if _state["teammate"] is None:
                raise WrongType("a value", None)
            _v = _state["teammate"]
            if _v is not None and _v.__class__ is not dict:
                _state["teammate"] = Pending(_v)
            if "timestamp" not in _d:
                raise KeyError("timestamp")
            if _state["timestamp"] is None:
                raise WrongType("a value", None)
            _v = _state["timestamp"]
            if _v is not None:
                _v = parse_datetime(_v)

            _state["timestamp"] = _v
            if "type" in _d:
                _state["type_"] = _state.pop("type")
            if "type" not in _d:
                raise KeyError("type")
            if _state["type_"] is None:
                raise WrongType("a value", None)
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.teammate_reference import TeammateReference

install_lazy_fields(HandlingEvent, ("teammate",))
