# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    DECODE_ERRORS,
    UNSET,
    DecodingIssue,
    FieldSpec,
    WrongType,
    check_str,
    decode_leniently,
    decode_list,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.office_hours_time_interval import OfficeHoursTimeInterval, OfficeHoursTimeIntervalDict


def _decode_time_intervals(data: Any) -> list[OfficeHoursTimeInterval]:
    return decode_list(data, OfficeHoursTimeInterval.from_dict)


_new_instance = object.__new__
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "name",
        "time_intervals",
        "time_zone_name",
    }
)


@_attrs_define(kw_only=True)
class CreateOfficeHoursScheduleRequest:
    """The request payload for creating an office hours schedule.

    Attributes:
        name (str): The name of the office hours schedule. Example: Standard Support Hours.
        time_intervals (list[OfficeHoursTimeInterval]): The open intervals for the schedule. `start_minute` and
            `end_minute` must be on a 15-minute boundary.
        time_zone_name (str): The IANA time zone the schedule's hours are evaluated in. Example: America/New_York.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    name: str
    time_intervals: list[OfficeHoursTimeInterval]
    time_zone_name: str
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.name
        if _v is not UNSET:
            _d["name"] = _v
        _v = self.time_intervals
        if _v is not UNSET:
            _d["time_intervals"] = None if _v is None else to_jsonable(_v)
        _v = self.time_zone_name
        if _v is not UNSET:
            _d["time_zone_name"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("name", "name", check_str, True),
            FieldSpec("time_intervals", "time_intervals", _decode_time_intervals, True),
            FieldSpec("time_zone_name", "time_zone_name", check_str, True),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="CreateOfficeHoursScheduleRequest"
                )
            _d = dict(_d)
        try:
            name: Any = _d["name"]
            if name is None:
                raise WrongType("a value", None)

            time_intervals: Any = _d["time_intervals"]
            if time_intervals is None:
                raise WrongType("a value", None)
            if time_intervals is not None:
                time_intervals = _decode_time_intervals(time_intervals)

            time_zone_name: Any = _d["time_zone_name"]
            if time_zone_name is None:
                raise WrongType("a value", None)

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.name = name
            _obj.time_intervals = time_intervals
            _obj.time_zone_name = time_zone_name
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        return _obj


class CreateOfficeHoursScheduleRequestDict(TypedDict, total=False):
    """:class:`CreateOfficeHoursScheduleRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    name: Required[str]
    time_intervals: Required[list[OfficeHoursTimeInterval | OfficeHoursTimeIntervalDict]]
    time_zone_name: Required[str]


# Imported last, so that models that refer to each other can import each other.
from ..models.office_hours_time_interval import OfficeHoursTimeInterval
