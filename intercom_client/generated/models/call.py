# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Self

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
    install_lazy_fields,
    parse_datetime,
    to_jsonable,
)


def _decode_answered_at(data: Any) -> Any:
    try:
        return parse_datetime(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    return check_int(data)


def _decode_created_at(data: Any) -> Any:
    try:
        return parse_datetime(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    return check_int(data)


def _decode_ended_at(data: Any) -> Any:
    try:
        return parse_datetime(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    return check_int(data)


def _decode_initiated_at(data: Any) -> Any:
    try:
        return parse_datetime(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    return check_int(data)


def _decode_updated_at(data: Any) -> Any:
    try:
        return parse_datetime(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    return check_int(data)


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "id": None,
    "type_": None,
    "admin_id": None,
    "answered_at": None,
    "call_type": None,
    "contact_id": None,
    "conversation_id": None,
    "created_at": None,
    "direction": None,
    "duration": None,
    "ended_at": None,
    "ended_reason": None,
    "fin_recording_url": None,
    "fin_transcription_url": None,
    "hold_time": None,
    "initiated_at": None,
    "phone": None,
    "queue_time": None,
    "recording_url": None,
    "state": None,
    "talk_time": None,
    "transcription_url": None,
    "updated_at": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "admin_id",
        "answered_at",
        "call_type",
        "contact_id",
        "conversation_id",
        "created_at",
        "direction",
        "duration",
        "ended_at",
        "ended_reason",
        "fin_recording_url",
        "fin_transcription_url",
        "hold_time",
        "initiated_at",
        "phone",
        "queue_time",
        "recording_url",
        "state",
        "talk_time",
        "transcription_url",
        "updated_at",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class Call:
    """Represents a phone call in Intercom

    Attributes:
        id (str): The id of the call. Example: 123.
        type_ (str): String representing the object's type. Always has the value `call`. Example: call.
        admin_id (str | None): The id of the admin associated with the call, if any. Example: 789.
        answered_at (datetime.datetime | int | None):
        call_type (str | None): The type of call. Example: phone.
        contact_id (str | None): The id of the contact associated with the call, if any. Example:
            6762f0dd1bb69f9f2193bb83.
        conversation_id (str | None): The id of the conversation associated with the call, if any. Example: 456.
        created_at (datetime.datetime | int | None):
        direction (str | None): The direction of the call. Example: outbound.
        duration (int | None): Total call duration in seconds from the caller's perspective. For inbound calls, measured
            from initiated to ended. For outbound calls, measured from answered to ended. Example: 900.
        ended_at (datetime.datetime | int | None):
        ended_reason (str | None): The reason for the call end, if applicable. Example: completed.
        fin_recording_url (str | None): API URL to the AI Agent (Fin) call recording if available.
        fin_transcription_url (str | None): API URL to the AI Agent (Fin) call transcript if available.
        hold_time (int | None): Total time in seconds the caller was placed on hold during the call. Example: 60.
        initiated_at (datetime.datetime | int | None):
        phone (str | None): The phone number involved in the call, in E.164 format. Example: +15551234567.
        queue_time (int | None): Total time in seconds the caller waited in queue before connecting, when assigned to a
            team. Example: 45.
        recording_url (str | None): API URL to download or redirect to the call recording if available. Example:
            https://api.intercom.io/calls/123/recording.
        state (str | None): The current state of the call. Example: completed.
        talk_time (int | None): Total time in seconds the agent and customer were connected. Example: 300.
        transcription_url (str | None): API URL to the call transcript if available. Example:
            https://api.intercom.io/calls/123/transcript.
        updated_at (datetime.datetime | int | None):
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: str
    admin_id: str | None = None
    answered_at: datetime.datetime | int | None = None
    call_type: str | None = None
    contact_id: str | None = None
    conversation_id: str | None = None
    created_at: datetime.datetime | int | None = None
    direction: str | None = None
    duration: int | None = None
    ended_at: datetime.datetime | int | None = None
    ended_reason: str | None = None
    fin_recording_url: str | None = None
    fin_transcription_url: str | None = None
    hold_time: int | None = None
    initiated_at: datetime.datetime | int | None = None
    phone: str | None = None
    queue_time: int | None = None
    recording_url: str | None = None
    state: str | None = None
    talk_time: int | None = None
    transcription_url: str | None = None
    updated_at: datetime.datetime | int | None = None
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
        _v = self.admin_id
        if _v is not None:
            _d["admin_id"] = to_jsonable(_v)
        _v = self.answered_at
        if _v is not None:
            _d["answered_at"] = to_jsonable(_v)
        _v = self.call_type
        if _v is not None:
            _d["call_type"] = _v
        _v = self.contact_id
        if _v is not None:
            _d["contact_id"] = to_jsonable(_v)
        _v = self.conversation_id
        if _v is not None:
            _d["conversation_id"] = to_jsonable(_v)
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = to_jsonable(_v)
        _v = self.direction
        if _v is not None:
            _d["direction"] = _v
        _v = self.duration
        if _v is not None:
            _d["duration"] = to_jsonable(_v)
        _v = self.ended_at
        if _v is not None:
            _d["ended_at"] = to_jsonable(_v)
        _v = self.ended_reason
        if _v is not None:
            _d["ended_reason"] = to_jsonable(_v)
        _v = self.fin_recording_url
        if _v is not None:
            _d["fin_recording_url"] = to_jsonable(_v)
        _v = self.fin_transcription_url
        if _v is not None:
            _d["fin_transcription_url"] = to_jsonable(_v)
        _v = self.hold_time
        if _v is not None:
            _d["hold_time"] = to_jsonable(_v)
        _v = self.initiated_at
        if _v is not None:
            _d["initiated_at"] = to_jsonable(_v)
        _v = self.phone
        if _v is not None:
            _d["phone"] = to_jsonable(_v)
        _v = self.queue_time
        if _v is not None:
            _d["queue_time"] = to_jsonable(_v)
        _v = self.recording_url
        if _v is not None:
            _d["recording_url"] = to_jsonable(_v)
        _v = self.state
        if _v is not None:
            _d["state"] = _v
        _v = self.talk_time
        if _v is not None:
            _d["talk_time"] = to_jsonable(_v)
        _v = self.transcription_url
        if _v is not None:
            _d["transcription_url"] = to_jsonable(_v)
        _v = self.updated_at
        if _v is not None:
            _d["updated_at"] = to_jsonable(_v)
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("id", "id", check_str, True),
            FieldSpec("type", "type_", check_str, True),
            FieldSpec("admin_id", "admin_id", check_str, False),
            FieldSpec("answered_at", "answered_at", _decode_answered_at, False),
            FieldSpec("call_type", "call_type", check_str, False),
            FieldSpec("contact_id", "contact_id", check_str, False),
            FieldSpec("conversation_id", "conversation_id", check_str, False),
            FieldSpec("created_at", "created_at", _decode_created_at, False),
            FieldSpec("direction", "direction", check_str, False),
            FieldSpec("duration", "duration", check_int, False),
            FieldSpec("ended_at", "ended_at", _decode_ended_at, False),
            FieldSpec("ended_reason", "ended_reason", check_str, False),
            FieldSpec("fin_recording_url", "fin_recording_url", check_str, False),
            FieldSpec("fin_transcription_url", "fin_transcription_url", check_str, False),
            FieldSpec("hold_time", "hold_time", check_int, False),
            FieldSpec("initiated_at", "initiated_at", _decode_initiated_at, False),
            FieldSpec("phone", "phone", check_str, False),
            FieldSpec("queue_time", "queue_time", check_int, False),
            FieldSpec("recording_url", "recording_url", check_str, False),
            FieldSpec("state", "state", check_str, False),
            FieldSpec("talk_time", "talk_time", check_int, False),
            FieldSpec("transcription_url", "transcription_url", check_str, False),
            FieldSpec("updated_at", "updated_at", _decode_updated_at, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="Call")
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
            if _state["answered_at"] is not None:
                _state["answered_at"] = Pending(_state["answered_at"])
            if _state["created_at"] is not None:
                _state["created_at"] = Pending(_state["created_at"])
            if _state["ended_at"] is not None:
                _state["ended_at"] = Pending(_state["ended_at"])
            if _state["initiated_at"] is not None:
                _state["initiated_at"] = Pending(_state["initiated_at"])
            if _state["updated_at"] is not None:
                _state["updated_at"] = Pending(_state["updated_at"])
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


install_lazy_fields(
    Call,
    (
        "answered_at",
        "created_at",
        "ended_at",
        "initiated_at",
        "updated_at",
    ),
)
