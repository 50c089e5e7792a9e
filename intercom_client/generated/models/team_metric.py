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
)

_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "admin_id": None,
    "idle": None,
    "open_": None,
    "snoozed": None,
    "type_": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "admin_id",
        "idle",
        "open",
        "snoozed",
        "type",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class TeamMetric:
    """Per-admin activity metrics within a team.

    Attributes:
        admin_id (str | None): The unique identifier for the admin. Example: 123.
        idle (int | None): The number of idle conversations assigned to the admin. A conversation is idle when it has
            been open and waiting for an admin reply longer than the idle_threshold. Example: 2.
        open_ (int | None): The number of open conversations assigned to the admin. Example: 5.
        snoozed (int | None): The number of snoozed conversations assigned to the admin. Example: 1.
        type_ (str | None):  Example: team_metric.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    admin_id: str | None = None
    idle: int | None = None
    open_: int | None = None
    snoozed: int | None = None
    type_: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.admin_id
        if _v is not None:
            _d["admin_id"] = _v
        _v = self.idle
        if _v is not None:
            _d["idle"] = _v
        _v = self.open_
        if _v is not None:
            _d["open"] = _v
        _v = self.snoozed
        if _v is not None:
            _d["snoozed"] = _v
        _v = self.type_
        if _v is not None:
            _d["type"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("admin_id", "admin_id", check_str, False),
            FieldSpec("idle", "idle", check_int, False),
            FieldSpec("open", "open_", check_int, False),
            FieldSpec("snoozed", "snoozed", check_int, False),
            FieldSpec("type", "type_", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="TeamMetric")
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
            if "open" in _d:
                _state["open_"] = _state.pop("open")
            if "type" in _d:
                _state["type_"] = _state.pop("type")
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj
