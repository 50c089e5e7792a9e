# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import (
    DecodingIssue,
    Field,
    ModelRef,
    check_int,
    check_str,
    list_of,
    one_of,
    parse_datetime,
    received_fields,
)
from .call import Call

if TYPE_CHECKING:
    from ..models.call_with_transcript_transcript_item import CallWithTranscriptTranscriptItem


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CallWithTranscript(Call):
    """
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
        transcript (list[CallWithTranscriptTranscriptItem] | None): The call transcript if available, otherwise an empty
            array.
        transcript_status (str | None): The status of the transcript if available.
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
    transcript: list[CallWithTranscriptTranscriptItem] | None = None
    transcript_status: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    CallWithTranscript,
    id=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True),
    admin_id=check_str,
    answered_at=one_of(parse_datetime, check_int),
    call_type=check_str,
    contact_id=check_str,
    conversation_id=check_str,
    created_at=one_of(parse_datetime, check_int),
    direction=check_str,
    duration=check_int,
    ended_at=one_of(parse_datetime, check_int),
    ended_reason=check_str,
    fin_recording_url=check_str,
    fin_transcription_url=check_str,
    hold_time=check_int,
    initiated_at=one_of(parse_datetime, check_int),
    phone=check_str,
    queue_time=check_int,
    recording_url=check_str,
    state=check_str,
    talk_time=check_int,
    transcription_url=check_str,
    updated_at=one_of(parse_datetime, check_int),
    transcript=list_of(ModelRef(models, "CallWithTranscriptTranscriptItem")),
    transcript_status=check_str,
)
