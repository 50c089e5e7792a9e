# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    DECODE_ERRORS,
    UNSET,
    DecodingIssue,
    FieldSpec,
    Unset,
    check_int,
    decode_leniently,
)

_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {"day_of_week": UNSET, "end_minute": UNSET, "start_minute": UNSET, "_decoding_issues": ()}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "day_of_week",
        "end_minute",
        "start_minute",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class OfficeHoursTimeInterval:
    """A single open interval. For schedules, `start_minute` and `end_minute` are minute offsets from the start of the week
    (Monday 00:00 = 0), in the range 0 to 10080. For exceptions, they are minute offsets from midnight on
    `exception_date`, in the range 0 to 1440.

    Attributes:
        day_of_week (int | Unset | None): Derived day of the week the interval falls on (0 = Monday … 6 = Sunday). For
            exceptions, this is derived from `exception_date`. Example: 0.
        end_minute (int | Unset | None): Minute the interval ends. For schedules, offset from the start of the week
            (Monday 00:00 = 0); for exceptions, offset from midnight on `exception_date`. Example: 1020.
        start_minute (int | Unset | None): Minute the interval starts. For schedules, offset from the start of the week
            (Monday 00:00 = 0); for exceptions, offset from midnight on `exception_date`. Example: 540.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    day_of_week: int | Unset | None = UNSET
    end_minute: int | Unset | None = UNSET
    start_minute: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.day_of_week
        if _v is not UNSET:
            _d["day_of_week"] = _v
        _v = self.end_minute
        if _v is not UNSET:
            _d["end_minute"] = _v
        _v = self.start_minute
        if _v is not UNSET:
            _d["start_minute"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("day_of_week", "day_of_week", check_int, False),
            FieldSpec("end_minute", "end_minute", check_int, False),
            FieldSpec("start_minute", "start_minute", check_int, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="OfficeHoursTimeInterval"
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
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class OfficeHoursTimeIntervalDict(TypedDict, total=False):
    """:class:`OfficeHoursTimeInterval` written as a dict literal (JSON field names), e.g. as a request body."""

    day_of_week: int
    end_minute: int
    start_minute: int
