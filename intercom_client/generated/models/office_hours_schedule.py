# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    UNSET,
    Unset,
    WrongType,
    decode_list,
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
        "id",
        "name",
        "time_intervals",
        "time_zone_name",
        "twenty_four_seven",
        "type",
        "updated_at",
    }
)


@_attrs_define(kw_only=True)
class OfficeHoursSchedule:
    """An office hours schedule defines the recurring weekly hours during which the workspace is open.

    Attributes:
        created_at (int | Unset): The time the schedule was created as a Unix timestamp. Example: 1717200000.
        id (str | Unset): The unique identifier for the office hours schedule. Example: 123.
        name (str | Unset): The name of the office hours schedule. Example: Standard Support Hours.
        time_intervals (list[OfficeHoursTimeInterval] | Unset): The open intervals that make up the weekly schedule.
        time_zone_name (str | Unset): The IANA time zone the schedule's hours are evaluated in. Example:
            America/New_York.
        twenty_four_seven (bool | Unset): Whether the schedule is open 24/7. Example: False.
        type_ (str | Unset): The type of the object - always `office_hours_schedule`. Example: office_hours_schedule.
        updated_at (int | Unset): The time the schedule was last updated as a Unix timestamp. Example: 1717200000.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    created_at: int | None | Unset = UNSET
    id: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    time_intervals: list[OfficeHoursTimeInterval] | None | Unset = UNSET
    time_zone_name: str | None | Unset = UNSET
    twenty_four_seven: bool | None | Unset = UNSET
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
        _v = self.id
        if _v is not UNSET:
            _d["id"] = _v
        _v = self.name
        if _v is not UNSET:
            _d["name"] = _v
        _v = self.time_intervals
        if _v is not UNSET:
            _d["time_intervals"] = None if _v is None else to_jsonable(_v)
        _v = self.time_zone_name
        if _v is not UNSET:
            _d["time_zone_name"] = _v
        _v = self.twenty_four_seven
        if _v is not UNSET:
            _d["twenty_four_seven"] = _v
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
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="OfficeHoursSchedule")
            _d = dict(_d)
        _f = ""
        try:
            created_at = _d.get("created_at", UNSET)
            if created_at.__class__ is dict or created_at.__class__ is list:
                raise WrongType("integer", created_at, "created_at")

            id = _d.get("id", UNSET)
            if id.__class__ is dict or id.__class__ is list:
                raise WrongType("string", id, "id")

            name = _d.get("name", UNSET)
            if name.__class__ is dict or name.__class__ is list:
                raise WrongType("string", name, "name")

            time_intervals = _d.get("time_intervals", UNSET)
            if time_intervals is not None and time_intervals is not UNSET:
                _f = "time_intervals"
                time_intervals = _decode_time_intervals(time_intervals)

            time_zone_name = _d.get("time_zone_name", UNSET)
            if time_zone_name.__class__ is dict or time_zone_name.__class__ is list:
                raise WrongType("string", time_zone_name, "time_zone_name")

            twenty_four_seven = _d.get("twenty_four_seven", UNSET)
            if twenty_four_seven.__class__ is dict or twenty_four_seven.__class__ is list:
                raise WrongType("boolean", twenty_four_seven, "twenty_four_seven")

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
            _obj.id = id
            _obj.name = name
            _obj.time_intervals = time_intervals
            _obj.time_zone_name = time_zone_name
            _obj.twenty_four_seven = twenty_four_seven
            _obj.type_ = type_
            _obj.updated_at = updated_at
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="OfficeHoursSchedule", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("OfficeHoursSchedule", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="OfficeHoursSchedule", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="OfficeHoursSchedule", path=(_f,) if _f else ()) from None
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.office_hours_time_interval import OfficeHoursTimeInterval  # noqa: E402
