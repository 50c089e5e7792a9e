# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.office_hours_exception_exception_type import (
    OfficeHoursExceptionExceptionType,
)
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
    parse_date,
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
    "exception_date": None,
    "exception_type": None,
    "name": None,
    "office_hours_schedule_id": None,
    "recurring_annually": None,
    "time_intervals": None,
    "updated_at": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "created_at",
        "exception_date",
        "exception_type",
        "name",
        "office_hours_schedule_id",
        "recurring_annually",
        "time_intervals",
        "updated_at",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class OfficeHoursException:
    """An exception overrides a schedule's regular hours on a specific date, such as a public holiday.

    Attributes:
        id (str): The unique identifier for the office hours exception. Example: 456.
        type_ (str): The type of the object - always `office_hours_exception`. Example: office_hours_exception.
        created_at (int | None): The time the exception was created as a Unix timestamp. Example: 1717200000.
        exception_date (datetime.date | None): The date the exception applies to, in `YYYY-MM-DD` format. Example:
            2026-12-25.
        exception_type (OfficeHoursExceptionExceptionType | None): `closed` means the workspace is closed all day;
            `custom_hours` replaces the regular hours with `time_intervals`. Example: closed.
        name (str | None): An optional name for the exception. Example: Christmas Day.
        office_hours_schedule_id (str | None): The unique identifier for the schedule this exception belongs to.
            Example: 123.
        recurring_annually (bool | None): Whether the exception repeats every year on the same date. Example: True.
        time_intervals (list[OfficeHoursTimeInterval] | None): The open intervals for the exception date. `null` when
            `exception_type` is `closed`.
        updated_at (int | None): The time the exception was last updated as a Unix timestamp. Example: 1717200000.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: str
    created_at: int | None = None
    exception_date: datetime.date | None = None
    exception_type: OfficeHoursExceptionExceptionType | None = None
    name: str | None = None
    office_hours_schedule_id: str | None = None
    recurring_annually: bool | None = None
    time_intervals: list[OfficeHoursTimeInterval] | None = None
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
        _v = self.exception_date
        if _v is not None:
            _d["exception_date"] = to_jsonable(_v)
        _v = self.exception_type
        if _v is not None:
            _d["exception_type"] = _v
        _v = self.name
        if _v is not None:
            _d["name"] = to_jsonable(_v)
        _v = self.office_hours_schedule_id
        if _v is not None:
            _d["office_hours_schedule_id"] = _v
        _v = self.recurring_annually
        if _v is not None:
            _d["recurring_annually"] = _v
        _v = self.time_intervals
        if _v is not None:
            _d["time_intervals"] = to_jsonable(_v)
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
            FieldSpec("exception_date", "exception_date", parse_date, False),
            FieldSpec("exception_type", "exception_type", check_str, False),
            FieldSpec("name", "name", check_str, False),
            FieldSpec("office_hours_schedule_id", "office_hours_schedule_id", check_str, False),
            FieldSpec("recurring_annually", "recurring_annually", check_bool, False),
            FieldSpec("time_intervals", "time_intervals", _decode_time_intervals, False),
            FieldSpec("updated_at", "updated_at", check_int, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="OfficeHoursException")
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
            _v = _state["exception_date"]
            if _v is not None:
                _v = parse_date(_v)

            _state["exception_date"] = _v
            if _state["time_intervals"] is not None:
                _state["time_intervals"] = Pending(_state["time_intervals"])
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.office_hours_time_interval import OfficeHoursTimeInterval

install_lazy_fields(OfficeHoursException, ("time_intervals",))
