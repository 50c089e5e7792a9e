# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    DECODE_ERRORS,
    DecodingIssue,
    FieldSpec,
    Pending,
    WrongType,
    check_bool,
    check_int,
    check_str,
    decode_leniently,
    decode_list,
    install_lazy_fields,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.office_hours_time_interval import OfficeHoursTimeInterval


def _decode_time_intervals(data: Any) -> list[OfficeHoursTimeInterval]:
    return decode_list(data, OfficeHoursTimeInterval.from_dict)


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "id": None,
    "type_": None,
    "created_at": None,
    "name": None,
    "time_intervals": None,
    "time_zone_name": None,
    "twenty_four_seven": None,
    "updated_at": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "created_at",
        "name",
        "time_intervals",
        "time_zone_name",
        "twenty_four_seven",
        "updated_at",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class OfficeHoursSchedule:
    """An office hours schedule defines the recurring weekly hours during which the workspace is open.

    Attributes:
        id (str): The unique identifier for the office hours schedule. Example: 123.
        type_ (str): The type of the object - always `office_hours_schedule`. Example: office_hours_schedule.
        created_at (int | None): The time the schedule was created as a Unix timestamp. Example: 1717200000.
        name (str | None): The name of the office hours schedule. Example: Standard Support Hours.
        time_intervals (list[OfficeHoursTimeInterval] | None): The open intervals that make up the weekly schedule.
        time_zone_name (str | None): The IANA time zone the schedule's hours are evaluated in. Example:
            America/New_York.
        twenty_four_seven (bool | None): Whether the schedule is open 24/7. Example: False.
        updated_at (int | None): The time the schedule was last updated as a Unix timestamp. Example: 1717200000.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: str
    created_at: int | None = None
    name: str | None = None
    time_intervals: list[OfficeHoursTimeInterval] | None = None
    time_zone_name: str | None = None
    twenty_four_seven: bool | None = None
    updated_at: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.id
        if _v is not None:
            _d["id"] = _v
        _v = self.type_
        if _v is not None:
            _d["type"] = _v
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = _v
        _v = self.name
        if _v is not None:
            _d["name"] = _v
        _v = self.time_intervals
        if _v is not None:
            _d["time_intervals"] = to_jsonable(_v)
        _v = self.time_zone_name
        if _v is not None:
            _d["time_zone_name"] = _v
        _v = self.twenty_four_seven
        if _v is not None:
            _d["twenty_four_seven"] = _v
        _v = self.updated_at
        if _v is not None:
            _d["updated_at"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("id", "id", check_str, True),
            FieldSpec("type", "type_", check_str, True),
            FieldSpec("created_at", "created_at", check_int, False),
            FieldSpec("name", "name", check_str, False),
            FieldSpec("time_intervals", "time_intervals", _decode_time_intervals, False),
            FieldSpec("time_zone_name", "time_zone_name", check_str, False),
            FieldSpec("twenty_four_seven", "twenty_four_seven", check_bool, False),
            FieldSpec("updated_at", "updated_at", check_int, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="OfficeHoursSchedule")
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
            if "id" not in _d:
                raise KeyError("id")
            if _state["id"] is None:
                raise WrongType("a value", None)
            if "type" in _d:
                _state["type_"] = _state.pop("type")
            if "type" not in _d:
                raise KeyError("type")
            if _state["type_"] is None:
                raise WrongType("a value", None)
            if _state["time_intervals"] is not None:
                _state["time_intervals"] = Pending(_state["time_intervals"])
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.office_hours_time_interval import OfficeHoursTimeInterval

install_lazy_fields(OfficeHoursSchedule, ("time_intervals",))
