# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    DECODE_ERRORS,
    UNSET,
    DecodingIssue,
    FieldSpec,
    Unset,
    WrongType,
    check_bool,
    check_int,
    decode_leniently,
)

_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "away_mode_enabled": UNSET,
    "away_mode_reassign": UNSET,
    "away_status_reason_id": UNSET,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "away_mode_enabled",
        "away_mode_reassign",
        "away_status_reason_id",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class SetAwayAdminBody:
    """
    Attributes:
        away_mode_enabled (bool): Set to "true" to change the status of the admin to away. Default: True. Example: True.
        away_mode_reassign (bool): Set to "true" to assign any new conversation replies to your default inbox. Default:
            False. Example: False.
        away_status_reason_id (int | Unset | None): The unique identifier of the away status reason Example: 12345.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    away_mode_enabled: bool
    away_mode_reassign: bool
    away_status_reason_id: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.away_mode_enabled
        if _v is not UNSET:
            _d["away_mode_enabled"] = _v
        _v = self.away_mode_reassign
        if _v is not UNSET:
            _d["away_mode_reassign"] = _v
        _v = self.away_status_reason_id
        if _v is not UNSET:
            _d["away_status_reason_id"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("away_mode_enabled", "away_mode_enabled", check_bool, True),
            FieldSpec("away_mode_reassign", "away_mode_reassign", check_bool, True),
            FieldSpec("away_status_reason_id", "away_status_reason_id", check_int, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="SetAwayAdminBody")
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
            if "away_mode_enabled" not in _d:
                raise KeyError("away_mode_enabled")
            if _state["away_mode_enabled"] is None:
                raise WrongType("a value", None)
            if "away_mode_reassign" not in _d:
                raise KeyError("away_mode_reassign")
            if _state["away_mode_reassign"] is None:
                raise WrongType("a value", None)
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class SetAwayAdminBodyDict(TypedDict, total=False):
    """:class:`SetAwayAdminBody` written as a dict literal (JSON field names), e.g. as a request body."""

    away_mode_enabled: Required[bool]
    away_mode_reassign: Required[bool]
    away_status_reason_id: int
