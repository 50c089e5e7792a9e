# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    UNSET,
    Unset,
    WrongType,
    check_int,
    decode_list,
    parse_datetime,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.call_with_transcript_transcript_item import CallWithTranscriptTranscriptItem


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


def _decode_transcript(data: Any) -> list[CallWithTranscriptTranscriptItem]:
    return decode_list(data, CallWithTranscriptTranscriptItem.from_dict)


_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
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
        "id",
        "initiated_at",
        "phone",
        "queue_time",
        "recording_url",
        "state",
        "talk_time",
        "transcription_url",
        "type",
        "updated_at",
        "transcript",
        "transcript_status",
    }
)


@_attrs_define(kw_only=True)
class CallWithTranscript:
    """
    Attributes:
        admin_id (None | str | Unset): The id of the admin associated with the call, if any. Example: 789.
        answered_at (datetime.datetime | int | Unset):
        call_type (str | Unset): The type of call. Example: phone.
        contact_id (None | str | Unset): The id of the contact associated with the call, if any. Example:
            6762f0dd1bb69f9f2193bb83.
        conversation_id (None | str | Unset): The id of the conversation associated with the call, if any. Example: 456.
        created_at (datetime.datetime | int | Unset):
        direction (str | Unset): The direction of the call. Example: outbound.
        duration (int | None | Unset): Total call duration in seconds from the caller's perspective. For inbound calls,
            measured from initiated to ended. For outbound calls, measured from answered to ended. Example: 900.
        ended_at (datetime.datetime | int | Unset):
        ended_reason (None | str | Unset): The reason for the call end, if applicable. Example: completed.
        fin_recording_url (None | str | Unset): API URL to the AI Agent (Fin) call recording if available.
        fin_transcription_url (None | str | Unset): API URL to the AI Agent (Fin) call transcript if available.
        hold_time (int | None | Unset): Total time in seconds the caller was placed on hold during the call. Example:
            60.
        id (str | Unset): The id of the call. Example: 123.
        initiated_at (datetime.datetime | int | Unset):
        phone (None | str | Unset): The phone number involved in the call, in E.164 format. Example: +15551234567.
        queue_time (int | None | Unset): Total time in seconds the caller waited in queue before connecting, when
            assigned to a team. Example: 45.
        recording_url (None | str | Unset): API URL to download or redirect to the call recording if available. Example:
            https://api.intercom.io/calls/123/recording.
        state (str | Unset): The current state of the call. Example: completed.
        talk_time (int | None | Unset): Total time in seconds the agent and customer were connected. Example: 300.
        transcription_url (None | str | Unset): API URL to the call transcript if available. Example:
            https://api.intercom.io/calls/123/transcript.
        type_ (str | Unset): String representing the object's type. Always has the value `call`. Example: call.
        updated_at (datetime.datetime | int | Unset):
        transcript (list[CallWithTranscriptTranscriptItem] | Unset): The call transcript if available, otherwise an
            empty array.
        transcript_status (None | str | Unset): The status of the transcript if available.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    admin_id: None | str | None | Unset = UNSET
    answered_at: datetime.datetime | int | None | Unset = UNSET
    call_type: str | None | Unset = UNSET
    contact_id: None | str | None | Unset = UNSET
    conversation_id: None | str | None | Unset = UNSET
    created_at: datetime.datetime | int | None | Unset = UNSET
    direction: str | None | Unset = UNSET
    duration: int | None | None | Unset = UNSET
    ended_at: datetime.datetime | int | None | Unset = UNSET
    ended_reason: None | str | None | Unset = UNSET
    fin_recording_url: None | str | None | Unset = UNSET
    fin_transcription_url: None | str | None | Unset = UNSET
    hold_time: int | None | None | Unset = UNSET
    id: str | None | Unset = UNSET
    initiated_at: datetime.datetime | int | None | Unset = UNSET
    phone: None | str | None | Unset = UNSET
    queue_time: int | None | None | Unset = UNSET
    recording_url: None | str | None | Unset = UNSET
    state: str | None | Unset = UNSET
    talk_time: int | None | None | Unset = UNSET
    transcription_url: None | str | None | Unset = UNSET
    type_: str | None | Unset = UNSET
    updated_at: datetime.datetime | int | None | Unset = UNSET
    transcript: list[CallWithTranscriptTranscriptItem] | None | Unset = UNSET
    transcript_status: None | str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.admin_id
        if _v is not UNSET:
            _d["admin_id"] = None if _v is None else to_jsonable(_v)
        _v = self.answered_at
        if _v is not UNSET:
            _d["answered_at"] = None if _v is None else to_jsonable(_v)
        _v = self.call_type
        if _v is not UNSET:
            _d["call_type"] = _v
        _v = self.contact_id
        if _v is not UNSET:
            _d["contact_id"] = None if _v is None else to_jsonable(_v)
        _v = self.conversation_id
        if _v is not UNSET:
            _d["conversation_id"] = None if _v is None else to_jsonable(_v)
        _v = self.created_at
        if _v is not UNSET:
            _d["created_at"] = None if _v is None else to_jsonable(_v)
        _v = self.direction
        if _v is not UNSET:
            _d["direction"] = _v
        _v = self.duration
        if _v is not UNSET:
            _d["duration"] = None if _v is None else to_jsonable(_v)
        _v = self.ended_at
        if _v is not UNSET:
            _d["ended_at"] = None if _v is None else to_jsonable(_v)
        _v = self.ended_reason
        if _v is not UNSET:
            _d["ended_reason"] = None if _v is None else to_jsonable(_v)
        _v = self.fin_recording_url
        if _v is not UNSET:
            _d["fin_recording_url"] = None if _v is None else to_jsonable(_v)
        _v = self.fin_transcription_url
        if _v is not UNSET:
            _d["fin_transcription_url"] = None if _v is None else to_jsonable(_v)
        _v = self.hold_time
        if _v is not UNSET:
            _d["hold_time"] = None if _v is None else to_jsonable(_v)
        _v = self.id
        if _v is not UNSET:
            _d["id"] = _v
        _v = self.initiated_at
        if _v is not UNSET:
            _d["initiated_at"] = None if _v is None else to_jsonable(_v)
        _v = self.phone
        if _v is not UNSET:
            _d["phone"] = None if _v is None else to_jsonable(_v)
        _v = self.queue_time
        if _v is not UNSET:
            _d["queue_time"] = None if _v is None else to_jsonable(_v)
        _v = self.recording_url
        if _v is not UNSET:
            _d["recording_url"] = None if _v is None else to_jsonable(_v)
        _v = self.state
        if _v is not UNSET:
            _d["state"] = _v
        _v = self.talk_time
        if _v is not UNSET:
            _d["talk_time"] = None if _v is None else to_jsonable(_v)
        _v = self.transcription_url
        if _v is not UNSET:
            _d["transcription_url"] = None if _v is None else to_jsonable(_v)
        _v = self.type_
        if _v is not UNSET:
            _d["type"] = _v
        _v = self.updated_at
        if _v is not UNSET:
            _d["updated_at"] = None if _v is None else to_jsonable(_v)
        _v = self.transcript
        if _v is not UNSET:
            _d["transcript"] = None if _v is None else to_jsonable(_v)
        _v = self.transcript_status
        if _v is not UNSET:
            _d["transcript_status"] = None if _v is None else to_jsonable(_v)
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="CallWithTranscript")
            _d = dict(_d)
        _f = ""
        try:
            admin_id = _d.get("admin_id", UNSET)
            if admin_id.__class__ is dict or admin_id.__class__ is list:
                raise WrongType("string", admin_id, "admin_id")

            answered_at = _d.get("answered_at", UNSET)
            if answered_at is not None and answered_at is not UNSET:
                _f = "answered_at"
                answered_at = _decode_answered_at(answered_at)

            call_type = _d.get("call_type", UNSET)
            if call_type.__class__ is dict or call_type.__class__ is list:
                raise WrongType("string", call_type, "call_type")

            contact_id = _d.get("contact_id", UNSET)
            if contact_id.__class__ is dict or contact_id.__class__ is list:
                raise WrongType("string", contact_id, "contact_id")

            conversation_id = _d.get("conversation_id", UNSET)
            if conversation_id.__class__ is dict or conversation_id.__class__ is list:
                raise WrongType("string", conversation_id, "conversation_id")

            created_at = _d.get("created_at", UNSET)
            if created_at is not None and created_at is not UNSET:
                _f = "created_at"
                created_at = _decode_created_at(created_at)

            direction = _d.get("direction", UNSET)
            if direction.__class__ is dict or direction.__class__ is list:
                raise WrongType("string", direction, "direction")

            duration = _d.get("duration", UNSET)
            if duration.__class__ is dict or duration.__class__ is list:
                raise WrongType("integer", duration, "duration")

            ended_at = _d.get("ended_at", UNSET)
            if ended_at is not None and ended_at is not UNSET:
                _f = "ended_at"
                ended_at = _decode_ended_at(ended_at)

            ended_reason = _d.get("ended_reason", UNSET)
            if ended_reason.__class__ is dict or ended_reason.__class__ is list:
                raise WrongType("string", ended_reason, "ended_reason")

            fin_recording_url = _d.get("fin_recording_url", UNSET)
            if fin_recording_url.__class__ is dict or fin_recording_url.__class__ is list:
                raise WrongType("string", fin_recording_url, "fin_recording_url")

            fin_transcription_url = _d.get("fin_transcription_url", UNSET)
            if fin_transcription_url.__class__ is dict or fin_transcription_url.__class__ is list:
                raise WrongType("string", fin_transcription_url, "fin_transcription_url")

            hold_time = _d.get("hold_time", UNSET)
            if hold_time.__class__ is dict or hold_time.__class__ is list:
                raise WrongType("integer", hold_time, "hold_time")

            id = _d.get("id", UNSET)
            if id.__class__ is dict or id.__class__ is list:
                raise WrongType("string", id, "id")

            initiated_at = _d.get("initiated_at", UNSET)
            if initiated_at is not None and initiated_at is not UNSET:
                _f = "initiated_at"
                initiated_at = _decode_initiated_at(initiated_at)

            phone = _d.get("phone", UNSET)
            if phone.__class__ is dict or phone.__class__ is list:
                raise WrongType("string", phone, "phone")

            queue_time = _d.get("queue_time", UNSET)
            if queue_time.__class__ is dict or queue_time.__class__ is list:
                raise WrongType("integer", queue_time, "queue_time")

            recording_url = _d.get("recording_url", UNSET)
            if recording_url.__class__ is dict or recording_url.__class__ is list:
                raise WrongType("string", recording_url, "recording_url")

            state = _d.get("state", UNSET)
            if state.__class__ is dict or state.__class__ is list:
                raise WrongType("string", state, "state")

            talk_time = _d.get("talk_time", UNSET)
            if talk_time.__class__ is dict or talk_time.__class__ is list:
                raise WrongType("integer", talk_time, "talk_time")

            transcription_url = _d.get("transcription_url", UNSET)
            if transcription_url.__class__ is dict or transcription_url.__class__ is list:
                raise WrongType("string", transcription_url, "transcription_url")

            type_ = _d.get("type", UNSET)
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            updated_at = _d.get("updated_at", UNSET)
            if updated_at is not None and updated_at is not UNSET:
                _f = "updated_at"
                updated_at = _decode_updated_at(updated_at)

            transcript = _d.get("transcript", UNSET)
            if transcript is not None and transcript is not UNSET:
                _f = "transcript"
                transcript = _decode_transcript(transcript)

            transcript_status = _d.get("transcript_status", UNSET)
            if transcript_status.__class__ is dict or transcript_status.__class__ is list:
                raise WrongType("string", transcript_status, "transcript_status")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
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
            _obj.id = id
            _obj.initiated_at = initiated_at
            _obj.phone = phone
            _obj.queue_time = queue_time
            _obj.recording_url = recording_url
            _obj.state = state
            _obj.talk_time = talk_time
            _obj.transcription_url = transcription_url
            _obj.type_ = type_
            _obj.updated_at = updated_at
            _obj.transcript = transcript
            _obj.transcript_status = transcript_status
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="CallWithTranscript", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("CallWithTranscript", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="CallWithTranscript", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="CallWithTranscript", path=(_f,) if _f else ()) from None
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.call_with_transcript_transcript_item import CallWithTranscriptTranscriptItem  # noqa: E402
