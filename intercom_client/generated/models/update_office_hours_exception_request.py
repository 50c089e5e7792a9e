# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.update_office_hours_exception_request_exception_type import (
    UpdateOfficeHoursExceptionRequestExceptionType,
)
from ..types import (
    DECODE_ERRORS,
    UNSET,
    DecodingIssue,
    FieldSpec,
    Unset,
    check_bool,
    check_str,
    decode_leniently,
    decode_list,
    parse_date,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.office_hours_time_interval import OfficeHoursTimeInterval, OfficeHoursTimeIntervalDict


def _decode_time_intervals(data: Any) -> list[OfficeHoursTimeInterval]:
    return decode_list(data, OfficeHoursTimeInterval.from_dict)


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "exception_date": UNSET,
    "exception_type": UNSET,
    "name": UNSET,
    "recurring_annually": UNSET,
    "time_intervals": UNSET,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "exception_date",
        "exception_type",
        "name",
        "recurring_annually",
        "time_intervals",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class UpdateOfficeHoursExceptionRequest:
    """The request payload for updating an office hours exception. Only the provided fields are updated.

    Attributes:
        exception_date (datetime.date | Unset | None): The date the exception applies to, in `YYYY-MM-DD` format.
            Example: 2026-12-25.
        exception_type (UpdateOfficeHoursExceptionRequestExceptionType | Unset | None): The type of exception. Example:
            custom_hours.
        name (str | Unset | None): An optional name for the exception. Example: Christmas Day (reduced hours).
        recurring_annually (bool | Unset | None): Whether the exception repeats every year on the same date. Example:
            True.
        time_intervals (list[OfficeHoursTimeInterval] | Unset | None): The open intervals for the exception date.
            Required for `custom_hours`; omit for `closed`.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    exception_date: datetime.date | Unset | None = UNSET
    exception_type: UpdateOfficeHoursExceptionRequestExceptionType | Unset | None = UNSET
    name: str | Unset | None = UNSET
    recurring_annually: bool | Unset | None = UNSET
    time_intervals: list[OfficeHoursTimeInterval] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.exception_date
        if _v is not UNSET:
            _d["exception_date"] = None if _v is None else to_jsonable(_v)
        _v = self.exception_type
        if _v is not UNSET:
            _d["exception_type"] = _v
        _v = self.name
        if _v is not UNSET:
            _d["name"] = _v
        _v = self.recurring_annually
        if _v is not UNSET:
            _d["recurring_annually"] = _v
        _v = self.time_intervals
        if _v is not UNSET:
            _d["time_intervals"] = None if _v is None else to_jsonable(_v)
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("exception_date", "exception_date", parse_date, False),
            FieldSpec("exception_type", "exception_type", check_str, False),
            FieldSpec("name", "name", check_str, False),
            FieldSpec("recurring_annually", "recurring_annually", check_bool, False),
            FieldSpec("time_intervals", "time_intervals", _decode_time_intervals, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="UpdateOfficeHoursExceptionRequest"
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
            _v = _state["exception_date"]
            if _v is not None and _v is not UNSET:
                _v = parse_date(_v)

            _state["exception_date"] = _v
            _v = _state["time_intervals"]
            if _v is not None and _v is not UNSET:
                _v = _decode_time_intervals(_v)

            _state["time_intervals"] = _v
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class UpdateOfficeHoursExceptionRequestDict(TypedDict, total=False):
    """:class:`UpdateOfficeHoursExceptionRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    exception_date: str
    exception_type: UpdateOfficeHoursExceptionRequestExceptionType
    name: str
    recurring_annually: bool
    time_intervals: list[OfficeHoursTimeInterval | OfficeHoursTimeIntervalDict] | None


# Imported last, so that models that refer to each other can import each other.
from ..models.office_hours_time_interval import OfficeHoursTimeInterval
