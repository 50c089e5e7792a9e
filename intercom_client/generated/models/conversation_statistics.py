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
    from ..models.conversation_response_time import ConversationResponseTime


def _decode_assigned_team_first_response_time(data: Any) -> list[ConversationResponseTime]:
    return decode_list(data, ConversationResponseTime.from_dict)


def _decode_assigned_team_first_response_time_in_office_hours(data: Any) -> list[ConversationResponseTime]:
    return decode_list(data, ConversationResponseTime.from_dict)


_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "adjusted_handling_time",
        "assigned_team_first_response_time",
        "assigned_team_first_response_time_in_office_hours",
        "count_assignments",
        "count_conversation_parts",
        "count_reopens",
        "first_admin_reply_at",
        "first_assignment_at",
        "first_close_at",
        "first_contact_reply_at",
        "handling_time",
        "last_admin_reply_at",
        "last_assignment_admin_reply_at",
        "last_assignment_at",
        "last_close_at",
        "last_closed_by_id",
        "last_contact_reply_at",
        "median_time_to_reply",
        "time_to_admin_reply",
        "time_to_assignment",
        "time_to_first_close",
        "time_to_last_close",
        "type",
    }
)


@_attrs_define(kw_only=True)
class ConversationStatistics:
    """A Statistics object containing all information required for reporting, with timestamps and calculated metrics.

    Attributes:
        adjusted_handling_time (int | None | Unset): Adjusted handling time for conversation in seconds. This is the
            active handling time excluding idle periods when teammates are not actively working on the conversation.
            Example: 1800.
        assigned_team_first_response_time (list[ConversationResponseTime] | Unset): An array of conversation response
            time objects
        assigned_team_first_response_time_in_office_hours (list[ConversationResponseTime] | Unset): An array of
            conversation response time objects within office hours
        count_assignments (int | Unset): Number of assignments after first_contact_reply_at. Example: 1.
        count_conversation_parts (int | Unset): Total number of conversation parts. Example: 1.
        count_reopens (int | Unset): Number of reopens after first_contact_reply_at. Example: 1.
        first_admin_reply_at (int | Unset): Time of first admin reply after first_contact_reply_at. Example: 1663597233.
        first_assignment_at (int | Unset): Time of first assignment after first_contact_reply_at. Example: 1663597233.
        first_close_at (int | Unset): Time of first close after first_contact_reply_at. Example: 1663597233.
        first_contact_reply_at (int | Unset): Time of first text conversation part from a contact. Example: 1663597233.
        handling_time (int | Unset): Time from conversation assignment to conversation close in seconds. Example: 2310.
        last_admin_reply_at (int | Unset): Time of the last conversation part from an admin. Example: 1663597233.
        last_assignment_admin_reply_at (int | Unset): Time of first admin reply since most recent assignment. Example:
            1663597233.
        last_assignment_at (int | Unset): Time of last assignment after first_contact_reply_at. Example: 1663597233.
        last_close_at (int | Unset): Time of the last conversation close. Example: 1663597233.
        last_closed_by_id (str | Unset): The last admin who closed the conversation. Returns a reference to an Admin
            object. Example: c3po.
        last_contact_reply_at (int | Unset): Time of the last conversation part from a contact. Example: 1663597233.
        median_time_to_reply (int | Unset): Median based on all admin replies after a contact reply. Subtracts out of
            business hours. In seconds. Example: 2310.
        time_to_admin_reply (int | Unset): Duration until first admin reply. Subtracts out of business hours. In
            seconds. Example: 2310.
        time_to_assignment (int | Unset): Duration until last assignment before first admin reply. In seconds. Example:
            2310.
        time_to_first_close (int | Unset): Duration until conversation was closed first time. Subtracts out of business
            hours. In seconds. Example: 2310.
        time_to_last_close (int | Unset): Duration until conversation was closed last time. Subtracts out of business
            hours. In seconds. Example: 2310.
        type_ (str | Unset):  Example: conversation_statistics.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    adjusted_handling_time: int | None | None | Unset = UNSET
    assigned_team_first_response_time: list[ConversationResponseTime] | None | Unset = UNSET
    assigned_team_first_response_time_in_office_hours: list[ConversationResponseTime] | None | Unset = UNSET
    count_assignments: int | None | Unset = UNSET
    count_conversation_parts: int | None | Unset = UNSET
    count_reopens: int | None | Unset = UNSET
    first_admin_reply_at: int | None | Unset = UNSET
    first_assignment_at: int | None | Unset = UNSET
    first_close_at: int | None | Unset = UNSET
    first_contact_reply_at: int | None | Unset = UNSET
    handling_time: int | None | Unset = UNSET
    last_admin_reply_at: int | None | Unset = UNSET
    last_assignment_admin_reply_at: int | None | Unset = UNSET
    last_assignment_at: int | None | Unset = UNSET
    last_close_at: int | None | Unset = UNSET
    last_closed_by_id: str | None | Unset = UNSET
    last_contact_reply_at: int | None | Unset = UNSET
    median_time_to_reply: int | None | Unset = UNSET
    time_to_admin_reply: int | None | Unset = UNSET
    time_to_assignment: int | None | Unset = UNSET
    time_to_first_close: int | None | Unset = UNSET
    time_to_last_close: int | None | Unset = UNSET
    type_: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.adjusted_handling_time
        if _v is not UNSET:
            _d["adjusted_handling_time"] = None if _v is None else to_jsonable(_v)
        _v = self.assigned_team_first_response_time
        if _v is not UNSET:
            _d["assigned_team_first_response_time"] = None if _v is None else to_jsonable(_v)
        _v = self.assigned_team_first_response_time_in_office_hours
        if _v is not UNSET:
            _d["assigned_team_first_response_time_in_office_hours"] = None if _v is None else to_jsonable(_v)
        _v = self.count_assignments
        if _v is not UNSET:
            _d["count_assignments"] = _v
        _v = self.count_conversation_parts
        if _v is not UNSET:
            _d["count_conversation_parts"] = _v
        _v = self.count_reopens
        if _v is not UNSET:
            _d["count_reopens"] = _v
        _v = self.first_admin_reply_at
        if _v is not UNSET:
            _d["first_admin_reply_at"] = _v
        _v = self.first_assignment_at
        if _v is not UNSET:
            _d["first_assignment_at"] = _v
        _v = self.first_close_at
        if _v is not UNSET:
            _d["first_close_at"] = _v
        _v = self.first_contact_reply_at
        if _v is not UNSET:
            _d["first_contact_reply_at"] = _v
        _v = self.handling_time
        if _v is not UNSET:
            _d["handling_time"] = _v
        _v = self.last_admin_reply_at
        if _v is not UNSET:
            _d["last_admin_reply_at"] = _v
        _v = self.last_assignment_admin_reply_at
        if _v is not UNSET:
            _d["last_assignment_admin_reply_at"] = _v
        _v = self.last_assignment_at
        if _v is not UNSET:
            _d["last_assignment_at"] = _v
        _v = self.last_close_at
        if _v is not UNSET:
            _d["last_close_at"] = _v
        _v = self.last_closed_by_id
        if _v is not UNSET:
            _d["last_closed_by_id"] = _v
        _v = self.last_contact_reply_at
        if _v is not UNSET:
            _d["last_contact_reply_at"] = _v
        _v = self.median_time_to_reply
        if _v is not UNSET:
            _d["median_time_to_reply"] = _v
        _v = self.time_to_admin_reply
        if _v is not UNSET:
            _d["time_to_admin_reply"] = _v
        _v = self.time_to_assignment
        if _v is not UNSET:
            _d["time_to_assignment"] = _v
        _v = self.time_to_first_close
        if _v is not UNSET:
            _d["time_to_first_close"] = _v
        _v = self.time_to_last_close
        if _v is not UNSET:
            _d["time_to_last_close"] = _v
        _v = self.type_
        if _v is not UNSET:
            _d["type"] = _v
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="ConversationStatistics")
            _d = dict(_d)
        _f = ""
        try:
            adjusted_handling_time = _d.get("adjusted_handling_time", UNSET)
            if adjusted_handling_time.__class__ is dict or adjusted_handling_time.__class__ is list:
                raise WrongType("integer", adjusted_handling_time, "adjusted_handling_time")

            assigned_team_first_response_time = _d.get("assigned_team_first_response_time", UNSET)
            if assigned_team_first_response_time is not None and assigned_team_first_response_time is not UNSET:
                _f = "assigned_team_first_response_time"
                assigned_team_first_response_time = _decode_assigned_team_first_response_time(
                    assigned_team_first_response_time
                )

            assigned_team_first_response_time_in_office_hours = _d.get(
                "assigned_team_first_response_time_in_office_hours", UNSET
            )
            if (
                assigned_team_first_response_time_in_office_hours is not None
                and assigned_team_first_response_time_in_office_hours is not UNSET
            ):
                _f = "assigned_team_first_response_time_in_office_hours"
                assigned_team_first_response_time_in_office_hours = (
                    _decode_assigned_team_first_response_time_in_office_hours(
                        assigned_team_first_response_time_in_office_hours
                    )
                )

            count_assignments = _d.get("count_assignments", UNSET)
            if count_assignments.__class__ is dict or count_assignments.__class__ is list:
                raise WrongType("integer", count_assignments, "count_assignments")

            count_conversation_parts = _d.get("count_conversation_parts", UNSET)
            if count_conversation_parts.__class__ is dict or count_conversation_parts.__class__ is list:
                raise WrongType("integer", count_conversation_parts, "count_conversation_parts")

            count_reopens = _d.get("count_reopens", UNSET)
            if count_reopens.__class__ is dict or count_reopens.__class__ is list:
                raise WrongType("integer", count_reopens, "count_reopens")

            first_admin_reply_at = _d.get("first_admin_reply_at", UNSET)
            if first_admin_reply_at.__class__ is dict or first_admin_reply_at.__class__ is list:
                raise WrongType("integer", first_admin_reply_at, "first_admin_reply_at")

            first_assignment_at = _d.get("first_assignment_at", UNSET)
            if first_assignment_at.__class__ is dict or first_assignment_at.__class__ is list:
                raise WrongType("integer", first_assignment_at, "first_assignment_at")

            first_close_at = _d.get("first_close_at", UNSET)
            if first_close_at.__class__ is dict or first_close_at.__class__ is list:
                raise WrongType("integer", first_close_at, "first_close_at")

            first_contact_reply_at = _d.get("first_contact_reply_at", UNSET)
            if first_contact_reply_at.__class__ is dict or first_contact_reply_at.__class__ is list:
                raise WrongType("integer", first_contact_reply_at, "first_contact_reply_at")

            handling_time = _d.get("handling_time", UNSET)
            if handling_time.__class__ is dict or handling_time.__class__ is list:
                raise WrongType("integer", handling_time, "handling_time")

            last_admin_reply_at = _d.get("last_admin_reply_at", UNSET)
            if last_admin_reply_at.__class__ is dict or last_admin_reply_at.__class__ is list:
                raise WrongType("integer", last_admin_reply_at, "last_admin_reply_at")

            last_assignment_admin_reply_at = _d.get("last_assignment_admin_reply_at", UNSET)
            if last_assignment_admin_reply_at.__class__ is dict or last_assignment_admin_reply_at.__class__ is list:
                raise WrongType("integer", last_assignment_admin_reply_at, "last_assignment_admin_reply_at")

            last_assignment_at = _d.get("last_assignment_at", UNSET)
            if last_assignment_at.__class__ is dict or last_assignment_at.__class__ is list:
                raise WrongType("integer", last_assignment_at, "last_assignment_at")

            last_close_at = _d.get("last_close_at", UNSET)
            if last_close_at.__class__ is dict or last_close_at.__class__ is list:
                raise WrongType("integer", last_close_at, "last_close_at")

            last_closed_by_id = _d.get("last_closed_by_id", UNSET)
            if last_closed_by_id.__class__ is dict or last_closed_by_id.__class__ is list:
                raise WrongType("string", last_closed_by_id, "last_closed_by_id")

            last_contact_reply_at = _d.get("last_contact_reply_at", UNSET)
            if last_contact_reply_at.__class__ is dict or last_contact_reply_at.__class__ is list:
                raise WrongType("integer", last_contact_reply_at, "last_contact_reply_at")

            median_time_to_reply = _d.get("median_time_to_reply", UNSET)
            if median_time_to_reply.__class__ is dict or median_time_to_reply.__class__ is list:
                raise WrongType("integer", median_time_to_reply, "median_time_to_reply")

            time_to_admin_reply = _d.get("time_to_admin_reply", UNSET)
            if time_to_admin_reply.__class__ is dict or time_to_admin_reply.__class__ is list:
                raise WrongType("integer", time_to_admin_reply, "time_to_admin_reply")

            time_to_assignment = _d.get("time_to_assignment", UNSET)
            if time_to_assignment.__class__ is dict or time_to_assignment.__class__ is list:
                raise WrongType("integer", time_to_assignment, "time_to_assignment")

            time_to_first_close = _d.get("time_to_first_close", UNSET)
            if time_to_first_close.__class__ is dict or time_to_first_close.__class__ is list:
                raise WrongType("integer", time_to_first_close, "time_to_first_close")

            time_to_last_close = _d.get("time_to_last_close", UNSET)
            if time_to_last_close.__class__ is dict or time_to_last_close.__class__ is list:
                raise WrongType("integer", time_to_last_close, "time_to_last_close")

            type_ = _d.get("type", UNSET)
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.adjusted_handling_time = adjusted_handling_time
            _obj.assigned_team_first_response_time = assigned_team_first_response_time
            _obj.assigned_team_first_response_time_in_office_hours = assigned_team_first_response_time_in_office_hours
            _obj.count_assignments = count_assignments
            _obj.count_conversation_parts = count_conversation_parts
            _obj.count_reopens = count_reopens
            _obj.first_admin_reply_at = first_admin_reply_at
            _obj.first_assignment_at = first_assignment_at
            _obj.first_close_at = first_close_at
            _obj.first_contact_reply_at = first_contact_reply_at
            _obj.handling_time = handling_time
            _obj.last_admin_reply_at = last_admin_reply_at
            _obj.last_assignment_admin_reply_at = last_assignment_admin_reply_at
            _obj.last_assignment_at = last_assignment_at
            _obj.last_close_at = last_close_at
            _obj.last_closed_by_id = last_closed_by_id
            _obj.last_contact_reply_at = last_contact_reply_at
            _obj.median_time_to_reply = median_time_to_reply
            _obj.time_to_admin_reply = time_to_admin_reply
            _obj.time_to_assignment = time_to_assignment
            _obj.time_to_first_close = time_to_first_close
            _obj.time_to_last_close = time_to_last_close
            _obj.type_ = type_
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="ConversationStatistics", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("ConversationStatistics", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(
                str(exc), model="ConversationStatistics", path=(field,) if field else ()
            ) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="ConversationStatistics", path=(_f,) if _f else ()) from None
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.conversation_response_time import ConversationResponseTime  # noqa: E402
