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
    check_int,
    check_str,
    decode_leniently,
    decode_list,
    install_lazy_fields,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.conversation_response_time import ConversationResponseTime


def _decode_assigned_team_first_response_time(data: Any) -> list[ConversationResponseTime]:
    return decode_list(data, ConversationResponseTime.from_dict)


def _decode_assigned_team_first_response_time_in_office_hours(data: Any) -> list[ConversationResponseTime]:
    return decode_list(data, ConversationResponseTime.from_dict)


def _decode_last_closed_by_id(data: Any) -> Any:
    try:
        return check_str(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    return check_int(data)


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "adjusted_handling_time": None,
    "assigned_team_first_response_time": None,
    "assigned_team_first_response_time_in_office_hours": None,
    "count_assignments": None,
    "count_conversation_parts": None,
    "count_reopens": None,
    "first_admin_reply_at": None,
    "first_assignment_at": None,
    "first_close_at": None,
    "first_contact_reply_at": None,
    "handling_time": None,
    "last_admin_reply_at": None,
    "last_assignment_admin_reply_at": None,
    "last_assignment_at": None,
    "last_close_at": None,
    "last_closed_by_id": None,
    "last_contact_reply_at": None,
    "median_time_to_reply": None,
    "time_to_admin_reply": None,
    "time_to_assignment": None,
    "time_to_first_close": None,
    "time_to_last_close": None,
    "type_": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
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


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ConversationStatistics:
    """A Statistics object containing all information required for reporting, with timestamps and calculated metrics.

    Attributes:
        adjusted_handling_time (int | None): Adjusted handling time for conversation in seconds. This is the active
            handling time excluding idle periods when teammates are not actively working on the conversation. Example: 1800.
        assigned_team_first_response_time (list[ConversationResponseTime] | None): An array of conversation response
            time objects
        assigned_team_first_response_time_in_office_hours (list[ConversationResponseTime] | None): An array of
            conversation response time objects within office hours
        count_assignments (int | None): Number of assignments after first_contact_reply_at. Example: 1.
        count_conversation_parts (int | None): Total number of conversation parts. Example: 1.
        count_reopens (int | None): Number of reopens after first_contact_reply_at. Example: 1.
        first_admin_reply_at (int | None): Time of first admin reply after first_contact_reply_at. Example: 1663597233.
        first_assignment_at (int | None): Time of first assignment after first_contact_reply_at. Example: 1663597233.
        first_close_at (int | None): Time of first close after first_contact_reply_at. Example: 1663597233.
        first_contact_reply_at (int | None): Time of first text conversation part from a contact. Example: 1663597233.
        handling_time (int | None): Time from conversation assignment to conversation close in seconds. Example: 2310.
        last_admin_reply_at (int | None): Time of the last conversation part from an admin. Example: 1663597233.
        last_assignment_admin_reply_at (int | None): Time of first admin reply since most recent assignment. Example:
            1663597233.
        last_assignment_at (int | None): Time of last assignment after first_contact_reply_at. Example: 1663597233.
        last_close_at (int | None): Time of the last conversation close. Example: 1663597233.
        last_closed_by_id (str | int | None): The last admin who closed the conversation. Returns a reference to an
            Admin object.
        last_contact_reply_at (int | None): Time of the last conversation part from a contact. Example: 1663597233.
        median_time_to_reply (int | None): Median based on all admin replies after a contact reply. Subtracts out of
            business hours. In seconds. Example: 2310.
        time_to_admin_reply (int | None): Duration until first admin reply. Subtracts out of business hours. In seconds.
            Example: 2310.
        time_to_assignment (int | None): Duration until last assignment before first admin reply. In seconds. Example:
            2310.
        time_to_first_close (int | None): Duration until conversation was closed first time. Subtracts out of business
            hours. In seconds. Example: 2310.
        time_to_last_close (int | None): Duration until conversation was closed last time. Subtracts out of business
            hours. In seconds. Example: 2310.
        type_ (str | None):  Example: conversation_statistics.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    adjusted_handling_time: int | None = None
    assigned_team_first_response_time: list[ConversationResponseTime] | None = None
    assigned_team_first_response_time_in_office_hours: list[ConversationResponseTime] | None = None
    count_assignments: int | None = None
    count_conversation_parts: int | None = None
    count_reopens: int | None = None
    first_admin_reply_at: int | None = None
    first_assignment_at: int | None = None
    first_close_at: int | None = None
    first_contact_reply_at: int | None = None
    handling_time: int | None = None
    last_admin_reply_at: int | None = None
    last_assignment_admin_reply_at: int | None = None
    last_assignment_at: int | None = None
    last_close_at: int | None = None
    last_closed_by_id: str | int | None = None
    last_contact_reply_at: int | None = None
    median_time_to_reply: int | None = None
    time_to_admin_reply: int | None = None
    time_to_assignment: int | None = None
    time_to_first_close: int | None = None
    time_to_last_close: int | None = None
    type_: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.adjusted_handling_time
        if _v is not None:
            _d["adjusted_handling_time"] = to_jsonable(_v)
        _v = self.assigned_team_first_response_time
        if _v is not None:
            _d["assigned_team_first_response_time"] = to_jsonable(_v)
        _v = self.assigned_team_first_response_time_in_office_hours
        if _v is not None:
            _d["assigned_team_first_response_time_in_office_hours"] = to_jsonable(_v)
        _v = self.count_assignments
        if _v is not None:
            _d["count_assignments"] = _v
        _v = self.count_conversation_parts
        if _v is not None:
            _d["count_conversation_parts"] = _v
        _v = self.count_reopens
        if _v is not None:
            _d["count_reopens"] = _v
        _v = self.first_admin_reply_at
        if _v is not None:
            _d["first_admin_reply_at"] = to_jsonable(_v)
        _v = self.first_assignment_at
        if _v is not None:
            _d["first_assignment_at"] = to_jsonable(_v)
        _v = self.first_close_at
        if _v is not None:
            _d["first_close_at"] = to_jsonable(_v)
        _v = self.first_contact_reply_at
        if _v is not None:
            _d["first_contact_reply_at"] = to_jsonable(_v)
        _v = self.handling_time
        if _v is not None:
            _d["handling_time"] = _v
        _v = self.last_admin_reply_at
        if _v is not None:
            _d["last_admin_reply_at"] = to_jsonable(_v)
        _v = self.last_assignment_admin_reply_at
        if _v is not None:
            _d["last_assignment_admin_reply_at"] = to_jsonable(_v)
        _v = self.last_assignment_at
        if _v is not None:
            _d["last_assignment_at"] = to_jsonable(_v)
        _v = self.last_close_at
        if _v is not None:
            _d["last_close_at"] = to_jsonable(_v)
        _v = self.last_closed_by_id
        if _v is not None:
            _d["last_closed_by_id"] = to_jsonable(_v)
        _v = self.last_contact_reply_at
        if _v is not None:
            _d["last_contact_reply_at"] = to_jsonable(_v)
        _v = self.median_time_to_reply
        if _v is not None:
            _d["median_time_to_reply"] = to_jsonable(_v)
        _v = self.time_to_admin_reply
        if _v is not None:
            _d["time_to_admin_reply"] = to_jsonable(_v)
        _v = self.time_to_assignment
        if _v is not None:
            _d["time_to_assignment"] = to_jsonable(_v)
        _v = self.time_to_first_close
        if _v is not None:
            _d["time_to_first_close"] = to_jsonable(_v)
        _v = self.time_to_last_close
        if _v is not None:
            _d["time_to_last_close"] = to_jsonable(_v)
        _v = self.type_
        if _v is not None:
            _d["type"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("adjusted_handling_time", "adjusted_handling_time", check_int, False),
            FieldSpec(
                "assigned_team_first_response_time",
                "assigned_team_first_response_time",
                _decode_assigned_team_first_response_time,
                False,
            ),
            FieldSpec(
                "assigned_team_first_response_time_in_office_hours",
                "assigned_team_first_response_time_in_office_hours",
                _decode_assigned_team_first_response_time_in_office_hours,
                False,
            ),
            FieldSpec("count_assignments", "count_assignments", check_int, False),
            FieldSpec("count_conversation_parts", "count_conversation_parts", check_int, False),
            FieldSpec("count_reopens", "count_reopens", check_int, False),
            FieldSpec("first_admin_reply_at", "first_admin_reply_at", check_int, False),
            FieldSpec("first_assignment_at", "first_assignment_at", check_int, False),
            FieldSpec("first_close_at", "first_close_at", check_int, False),
            FieldSpec("first_contact_reply_at", "first_contact_reply_at", check_int, False),
            FieldSpec("handling_time", "handling_time", check_int, False),
            FieldSpec("last_admin_reply_at", "last_admin_reply_at", check_int, False),
            FieldSpec("last_assignment_admin_reply_at", "last_assignment_admin_reply_at", check_int, False),
            FieldSpec("last_assignment_at", "last_assignment_at", check_int, False),
            FieldSpec("last_close_at", "last_close_at", check_int, False),
            FieldSpec("last_closed_by_id", "last_closed_by_id", _decode_last_closed_by_id, False),
            FieldSpec("last_contact_reply_at", "last_contact_reply_at", check_int, False),
            FieldSpec("median_time_to_reply", "median_time_to_reply", check_int, False),
            FieldSpec("time_to_admin_reply", "time_to_admin_reply", check_int, False),
            FieldSpec("time_to_assignment", "time_to_assignment", check_int, False),
            FieldSpec("time_to_first_close", "time_to_first_close", check_int, False),
            FieldSpec("time_to_last_close", "time_to_last_close", check_int, False),
            FieldSpec("type", "type_", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="ConversationStatistics")
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
            if _state["assigned_team_first_response_time"] is not None:
                _state["assigned_team_first_response_time"] = Pending(_state["assigned_team_first_response_time"])
            if _state["assigned_team_first_response_time_in_office_hours"] is not None:
                _state["assigned_team_first_response_time_in_office_hours"] = Pending(
                    _state["assigned_team_first_response_time_in_office_hours"]
                )
            if "type" in _d:
                _state["type_"] = _state.pop("type")
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.conversation_response_time import ConversationResponseTime

install_lazy_fields(
    ConversationStatistics,
    (
        "assigned_team_first_response_time",
        "assigned_team_first_response_time_in_office_hours",
    ),
)
