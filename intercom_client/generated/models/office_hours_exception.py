# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
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
    UNSET,
    Unset,
    WrongType,
    decode_list,
    parse_date,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.office_hours_time_interval import OfficeHoursTimeInterval


def _decode_time_intervals(data: Any) -> list[OfficeHoursTimeInterval]:
    return decode_list(data, OfficeHoursTimeInterval.from_dict)


_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "created_at",
        "exception_date",
        "exception_type",
        "id",
        "name",
        "office_hours_schedule_id",
        "recurring_annually",
        "time_intervals",
        "type",
        "updated_at",
    }
)


@_attrs_define(kw_only=True)
class OfficeHoursException:
    """An exception overrides a schedule's regular hours on a specific date, such as a public holiday.

    Attributes:
        created_at (int | Unset): The time the exception was created as a Unix timestamp. Example: 1717200000.
        exception_date (datetime.date | Unset): The date the exception applies to, in `YYYY-MM-DD` format. Example:
            2026-12-25.
        exception_type (OfficeHoursExceptionExceptionType | Unset): `closed` means the workspace is closed all day;
            `custom_hours` replaces the regular hours with `time_intervals`. Example: closed.
        id (str | Unset): The unique identifier for the office hours exception. Example: 456.
        name (None | str | Unset): An optional name for the exception. Example: Christmas Day.
        office_hours_schedule_id (str | Unset): The unique identifier for the schedule this exception belongs to.
            Example: 123.
        recurring_annually (bool | Unset): Whether the exception repeats every year on the same date. Example: True.
        time_intervals (list[OfficeHoursTimeInterval] | None | Unset): The open intervals for the exception date. `null`
            when `exception_type` is `closed`.
        type_ (str | Unset): The type of the object - always `office_hours_exception`. Example: office_hours_exception.
        updated_at (int | Unset): The time the exception was last updated as a Unix timestamp. Example: 1717200000.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    created_at: int | None | Unset = UNSET
    exception_date: datetime.date | None | Unset = UNSET
    exception_type: OfficeHoursExceptionExceptionType | None | Unset = UNSET
    id: str | None | Unset = UNSET
    name: None | str | None | Unset = UNSET
    office_hours_schedule_id: str | None | Unset = UNSET
    recurring_annually: bool | None | Unset = UNSET
    time_intervals: list[OfficeHoursTimeInterval] | None | None | Unset = UNSET
    type_: str | None | Unset = UNSET
    updated_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.created_at
        if _v is not UNSET:
            _d["created_at"] = _v
        _v = self.exception_date
        if _v is not UNSET:
            _d["exception_date"] = None if _v is None else to_jsonable(_v)
        _v = self.exception_type
        if _v is not UNSET:
            _d["exception_type"] = _v
        _v = self.id
        if _v is not UNSET:
            _d["id"] = _v
        _v = self.name
        if _v is not UNSET:
            _d["name"] = None if _v is None else to_jsonable(_v)
        _v = self.office_hours_schedule_id
        if _v is not UNSET:
            _d["office_hours_schedule_id"] = _v
        _v = self.recurring_annually
        if _v is not UNSET:
            _d["recurring_annually"] = _v
        _v = self.time_intervals
        if _v is not UNSET:
            _d["time_intervals"] = None if _v is None else to_jsonable(_v)
        _v = self.type_
        if _v is not UNSET:
            _d["type"] = _v
        _v = self.updated_at
        if _v is not UNSET:
            _d["updated_at"] = _v
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="OfficeHoursException")
            _d = dict(_d)
        _f = ""
        try:
            created_at = _d.get("created_at", UNSET)
            if created_at.__class__ is dict or created_at.__class__ is list:
                raise WrongType("integer", created_at, "created_at")

            exception_date = _d.get("exception_date", UNSET)
            if exception_date is not None and exception_date is not UNSET:
                _f = "exception_date"
                exception_date = parse_date(exception_date)

            exception_type = _d.get("exception_type", UNSET)
            if exception_type.__class__ is dict or exception_type.__class__ is list:
                raise WrongType("string", exception_type, "exception_type")

            id = _d.get("id", UNSET)
            if id.__class__ is dict or id.__class__ is list:
                raise WrongType("string", id, "id")

            name = _d.get("name", UNSET)
            if name.__class__ is dict or name.__class__ is list:
                raise WrongType("string", name, "name")

            office_hours_schedule_id = _d.get("office_hours_schedule_id", UNSET)
            if office_hours_schedule_id.__class__ is dict or office_hours_schedule_id.__class__ is list:
                raise WrongType("string", office_hours_schedule_id, "office_hours_schedule_id")

            recurring_annually = _d.get("recurring_annually", UNSET)
            if recurring_annually.__class__ is dict or recurring_annually.__class__ is list:
                raise WrongType("boolean", recurring_annually, "recurring_annually")

            time_intervals = _d.get("time_intervals", UNSET)
            if time_intervals is not None and time_intervals is not UNSET:
                _f = "time_intervals"
                time_intervals = _decode_time_intervals(time_intervals)

            type_ = _d.get("type", UNSET)
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            updated_at = _d.get("updated_at", UNSET)
            if updated_at.__class__ is dict or updated_at.__class__ is list:
                raise WrongType("integer", updated_at, "updated_at")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.created_at = created_at
            _obj.exception_date = exception_date
            _obj.exception_type = exception_type
            _obj.id = id
            _obj.name = name
            _obj.office_hours_schedule_id = office_hours_schedule_id
            _obj.recurring_annually = recurring_annually
            _obj.time_intervals = time_intervals
            _obj.type_ = type_
            _obj.updated_at = updated_at
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="OfficeHoursException", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("OfficeHoursException", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(
                str(exc), model="OfficeHoursException", path=(field,) if field else ()
            ) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="OfficeHoursException", path=(_f,) if _f else ()) from None
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.office_hours_time_interval import OfficeHoursTimeInterval  # noqa: E402
