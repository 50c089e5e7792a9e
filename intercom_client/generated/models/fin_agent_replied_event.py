# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.fin_agent_replied_event_event_name import (
    FinAgentRepliedEventEventName,
)
from ..models.fin_agent_replied_event_status import FinAgentRepliedEventStatus
from ..types import (
    DECODE_ERRORS,
    UNSET,
    DecodingIssue,
    FieldSpec,
    Unset,
    WrongType,
    check_str,
    decode_leniently,
    parse_datetime,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.fin_agent_replied_event_message import FinAgentRepliedEventMessage, FinAgentRepliedEventMessageDict


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "conversation_id": UNSET,
    "created_at_ms": UNSET,
    "event_name": UNSET,
    "message": UNSET,
    "status": UNSET,
    "user_id": UNSET,
    "stream_id": UNSET,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "conversation_id",
        "created_at_ms",
        "event_name",
        "message",
        "status",
        "user_id",
        "stream_id",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class FinAgentRepliedEvent:
    """Event fired when Fin replies to a user.
    The content of the response will be contained in the message object.
    Intermediate replies have status 'replying'; a separate fin_status_updated
    event with 'awaiting_user_reply' fires once Fin's reply is done.

    Attributes:
        conversation_id (str): The ID of the conversation. Example: 123456.
        created_at_ms (datetime.datetime): The timestamp the event was created at, with millisecond precision. Example:
            2025-01-24T10:00:00.123Z.
        event_name (FinAgentRepliedEventEventName): The name of the event. Example: fin_replied.
        message (FinAgentRepliedEventMessage): Fin's answer to the user's query.
        status (FinAgentRepliedEventStatus): Fin's current status.
            - replying: Intermediate reply part; more parts may follow
            - awaiting_user_reply: Legacy status; instead use the fin_status_updated event with 'awaiting_user_reply', which
            fires once Fin's reply is done Example: replying.
        user_id (str): The ID of the user. Example: 7891.
        stream_id (str | Unset | None): Optional. Present when the reply was generated via streaming.
            Correlates this event with the fin_reply_chunk events that preceded it.
            Use this to know when to replace streamed chunk_text with the final message body. Example:
            a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    conversation_id: str
    created_at_ms: datetime.datetime
    event_name: FinAgentRepliedEventEventName = "fin_replied"
    message: FinAgentRepliedEventMessage
    status: FinAgentRepliedEventStatus
    user_id: str
    stream_id: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("event_name", "fin_replied"),)
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.conversation_id
        if _v is not UNSET:
            _d["conversation_id"] = _v
        _v = self.created_at_ms
        if _v is not UNSET:
            _d["created_at_ms"] = None if _v is None else to_jsonable(_v)
        _v = self.event_name
        if _v is not UNSET:
            _d["event_name"] = _v
        _v = self.message
        if _v is not UNSET:
            _d["message"] = None if _v is None else to_jsonable(_v)
        _v = self.status
        if _v is not UNSET:
            _d["status"] = _v
        _v = self.user_id
        if _v is not UNSET:
            _d["user_id"] = _v
        _v = self.stream_id
        if _v is not UNSET:
            _d["stream_id"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("conversation_id", "conversation_id", check_str, True),
            FieldSpec("created_at_ms", "created_at_ms", parse_datetime, True),
            FieldSpec("event_name", "event_name", check_str, True),
            FieldSpec("message", "message", FinAgentRepliedEventMessage.from_dict, True),
            FieldSpec("status", "status", check_str, True),
            FieldSpec("user_id", "user_id", check_str, True),
            FieldSpec("stream_id", "stream_id", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="FinAgentRepliedEvent")
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
            if "conversation_id" not in _d:
                raise KeyError("conversation_id")
            if _state["conversation_id"] is None:
                raise WrongType("a value", None)
            if "created_at_ms" not in _d:
                raise KeyError("created_at_ms")
            if _state["created_at_ms"] is None:
                raise WrongType("a value", None)
            _v = _state["created_at_ms"]
            if _v is not None:
                _v = parse_datetime(_v)

            _state["created_at_ms"] = _v
            if "event_name" not in _d:
                raise KeyError("event_name")
            if _state["event_name"] is None:
                raise WrongType("a value", None)
            if "message" not in _d:
                raise KeyError("message")
            if _state["message"] is None:
                raise WrongType("a value", None)
            _v = _state["message"]
            if _v is not None:
                _v = FinAgentRepliedEventMessage.from_dict(_v)

            _state["message"] = _v
            if "status" not in _d:
                raise KeyError("status")
            if _state["status"] is None:
                raise WrongType("a value", None)
            if "user_id" not in _d:
                raise KeyError("user_id")
            if _state["user_id"] is None:
                raise WrongType("a value", None)
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class FinAgentRepliedEventDict(TypedDict, total=False):
    """:class:`FinAgentRepliedEvent` written as a dict literal (JSON field names), e.g. as a request body."""

    conversation_id: Required[str]
    created_at_ms: Required[str]
    event_name: FinAgentRepliedEventEventName
    message: Required[FinAgentRepliedEventMessage | FinAgentRepliedEventMessageDict]
    status: Required[FinAgentRepliedEventStatus]
    user_id: Required[str]
    stream_id: str


# Imported last, so that models that refer to each other can import each other.
from ..models.fin_agent_replied_event_message import FinAgentRepliedEventMessage
