# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
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


@_attrs_define(kw_only=True)
class Call:
    """Represents a phone call in Intercom

    Attributes:
        id (str): The id of the call. Example: 123.
        type_ (str): String representing the object's type. Always has the value `call`. Example: call.
        admin_id (None | str): The id of the admin associated with the call, if any. Example: 789.
        answered_at (datetime.datetime | int):
        call_type (str): The type of call. Example: phone.
        contact_id (None | str): The id of the contact associated with the call, if any. Example:
            6762f0dd1bb69f9f2193bb83.
        conversation_id (None | str): The id of the conversation associated with the call, if any. Example: 456.
        created_at (datetime.datetime | int):
        direction (str): The direction of the call. Example: outbound.
        duration (int | None): Total call duration in seconds from the caller's perspective. For inbound calls, measured
            from initiated to ended. For outbound calls, measured from answered to ended. Example: 900.
        ended_at (datetime.datetime | int):
        ended_reason (None | str): The reason for the call end, if applicable. Example: completed.
        fin_recording_url (None | str): API URL to the AI Agent (Fin) call recording if available.
        fin_transcription_url (None | str): API URL to the AI Agent (Fin) call transcript if available.
        hold_time (int | None): Total time in seconds the caller was placed on hold during the call. Example: 60.
        initiated_at (datetime.datetime | int):
        phone (None | str): The phone number involved in the call, in E.164 format. Example: +15551234567.
        queue_time (int | None): Total time in seconds the caller waited in queue before connecting, when assigned to a
            team. Example: 45.
        recording_url (None | str): API URL to download or redirect to the call recording if available. Example:
            https://api.intercom.io/calls/123/recording.
        state (str): The current state of the call. Example: completed.
        talk_time (int | None): Total time in seconds the agent and customer were connected. Example: 300.
        transcription_url (None | str): API URL to the call transcript if available. Example:
            https://api.intercom.io/calls/123/transcript.
        updated_at (datetime.datetime | int):
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
        try:
            id: Any = _d["id"]
            if id is None:
                raise WrongType("a value", None)

            type_: Any = _d["type"]
            if type_ is None:
                raise WrongType("a value", None)

            admin_id: Any = _d.get("admin_id")

            answered_at: Any = _d.get("answered_at")
            if answered_at is not None:
                answered_at = Pending(answered_at)
            call_type: Any = _d.get("call_type")

            contact_id: Any = _d.get("contact_id")

            conversation_id: Any = _d.get("conversation_id")

            created_at: Any = _d.get("created_at")
            if created_at is not None:
                created_at = Pending(created_at)
            direction: Any = _d.get("direction")

            duration: Any = _d.get("duration")

            ended_at: Any = _d.get("ended_at")
            if ended_at is not None:
                ended_at = Pending(ended_at)
            ended_reason: Any = _d.get("ended_reason")

            fin_recording_url: Any = _d.get("fin_recording_url")

            fin_transcription_url: Any = _d.get("fin_transcription_url")

            hold_time: Any = _d.get("hold_time")

            initiated_at: Any = _d.get("initiated_at")
            if initiated_at is not None:
                initiated_at = Pending(initiated_at)
            phone: Any = _d.get("phone")

            queue_time: Any = _d.get("queue_time")

            recording_url: Any = _d.get("recording_url")

            state: Any = _d.get("state")

            talk_time: Any = _d.get("talk_time")

            transcription_url: Any = _d.get("transcription_url")

            updated_at: Any = _d.get("updated_at")
            if updated_at is not None:
                updated_at = Pending(updated_at)
            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.id = id
            _obj.type_ = type_
            _obj.admin_id = admin_id
            _obj.answered_at = answered_at
            _obj.call_type = call_type
            _obj.contact_id = contact_id
            _obj.conversation_id = conversation_id
            _obj.created_at = created_at
            _obj.direction = direction
            _obj.duration = duration
            _obj.ended_at = ended_at
            _obj.ended_reason = ended_reason
            _obj.fin_recording_url = fin_recording_url
            _obj.fin_transcription_url = fin_transcription_url
            _obj.hold_time = hold_time
            _obj.initiated_at = initiated_at
            _obj.phone = phone
            _obj.queue_time = queue_time
            _obj.recording_url = recording_url
            _obj.state = state
            _obj.talk_time = talk_time
            _obj.transcription_url = transcription_url
            _obj.updated_at = updated_at
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
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
