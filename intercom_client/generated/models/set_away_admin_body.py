# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
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
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "away_mode_enabled",
        "away_mode_reassign",
        "away_status_reason_id",
    }
)


@_attrs_define(kw_only=True)
class SetAwayAdminBody:
    """
    Attributes:
        away_mode_enabled (bool): Set to "true" to change the status of the admin to away. Default: True. Example: True.
        away_mode_reassign (bool): Set to "true" to assign any new conversation replies to your default inbox. Default:
            False. Example: False.
        away_status_reason_id (int | Unset): The unique identifier of the away status reason Example: 12345.
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
        try:
            away_mode_enabled: Any = _d["away_mode_enabled"]
            if away_mode_enabled is None:
                raise WrongType("a value", None)

            away_mode_reassign: Any = _d["away_mode_reassign"]
            if away_mode_reassign is None:
                raise WrongType("a value", None)

            away_status_reason_id: Any = _d.get("away_status_reason_id", UNSET)

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.away_mode_enabled = away_mode_enabled
            _obj.away_mode_reassign = away_mode_reassign
            _obj.away_status_reason_id = away_status_reason_id
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        return _obj


class SetAwayAdminBodyDict(TypedDict, total=False):
    """:class:`SetAwayAdminBody` written as a dict literal (JSON field names), e.g. as a request body."""

    away_mode_enabled: Required[bool]
    away_mode_reassign: Required[bool]
    away_status_reason_id: int
