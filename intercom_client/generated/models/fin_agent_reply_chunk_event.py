# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.fin_agent_reply_chunk_event_event_name import (
    FinAgentReplyChunkEventEventName,
)
from ..models.fin_agent_reply_chunk_event_status import (
    FinAgentReplyChunkEventStatus,
)
from ..types import (
    DECODE_ERRORS,
    UNSET,
    DecodingIssue,
    FieldSpec,
    Unset,
    WrongType,
    check_int,
    check_str,
    decode_leniently,
    parse_datetime,
    to_jsonable,
)

_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "chunk_index": UNSET,
    "chunk_text": UNSET,
    "conversation_id": UNSET,
    "created_at_ms": UNSET,
    "event_name": UNSET,
    "stream_id": UNSET,
    "status": UNSET,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "chunk_index",
        "chunk_text",
        "conversation_id",
        "created_at_ms",
        "event_name",
        "stream_id",
        "status",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class FinAgentReplyChunkEvent:
    """SSE-only event fired during streaming reply generation.
    Each chunk contains the full accumulated plain text of Fin's answer so far (cumulative, not a delta).
    Only delivered over SSE when streaming is enabled. Not available via webhooks.
    When the fin_replied event arrives with the same stream_id, replace streamed text with the final HTML body.

    Attributes:
        chunk_index (int): 0-based counter for this chunk within the stream. Contiguous. Example: 3.
        chunk_text (str): The full accumulated plain text of Fin's answer so far.
            Each chunk supersedes the previous — replace rather than append. Example: You can see your account details by
            clicking.
        conversation_id (str): The ID of the conversation. Example: 123456.
        created_at_ms (datetime.datetime): The timestamp the event was created at, with millisecond precision. Example:
            2025-01-24T10:00:00.123Z.
        event_name (FinAgentReplyChunkEventEventName): The name of the event. Example: fin_reply_chunk.
        stream_id (str): A unique identifier for this streaming response.
            Correlates chunks with each other and with the eventual fin_replied event. Example:
            a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4.
        status (FinAgentReplyChunkEventStatus | Unset | None): Fin's current status (always 'replying' for this event).
            Example: replying.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    chunk_index: int
    chunk_text: str
    conversation_id: str
    created_at_ms: datetime.datetime
    event_name: FinAgentReplyChunkEventEventName = "fin_reply_chunk"
    stream_id: str
    status: FinAgentReplyChunkEventStatus | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("event_name", "fin_reply_chunk"),
        ("status", "replying"),
    )
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.chunk_index
        if _v is not UNSET:
            _d["chunk_index"] = _v
        _v = self.chunk_text
        if _v is not UNSET:
            _d["chunk_text"] = _v
        _v = self.conversation_id
        if _v is not UNSET:
            _d["conversation_id"] = _v
        _v = self.created_at_ms
        if _v is not UNSET:
            _d["created_at_ms"] = None if _v is None else to_jsonable(_v)
        _v = self.event_name
        if _v is not UNSET:
            _d["event_name"] = _v
        _v = self.stream_id
        if _v is not UNSET:
            _d["stream_id"] = _v
        _v = self.status
        if _v is not UNSET:
            _d["status"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("chunk_index", "chunk_index", check_int, True),
            FieldSpec("chunk_text", "chunk_text", check_str, True),
            FieldSpec("conversation_id", "conversation_id", check_str, True),
            FieldSpec("created_at_ms", "created_at_ms", parse_datetime, True),
            FieldSpec("event_name", "event_name", check_str, True),
            FieldSpec("stream_id", "stream_id", check_str, True),
            FieldSpec("status", "status", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="FinAgentReplyChunkEvent"
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
            if "chunk_index" not in _d:
                raise KeyError("chunk_index")
            if _state["chunk_index"] is None:
                raise WrongType("a value", None)
            if "chunk_text" not in _d:
                raise KeyError("chunk_text")
            if _state["chunk_text"] is None:
                raise WrongType("a value", None)
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
            if "stream_id" not in _d:
                raise KeyError("stream_id")
            if _state["stream_id"] is None:
                raise WrongType("a value", None)
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class FinAgentReplyChunkEventDict(TypedDict, total=False):
    """:class:`FinAgentReplyChunkEvent` written as a dict literal (JSON field names), e.g. as a request body."""

    chunk_index: Required[int]
    chunk_text: Required[str]
    conversation_id: Required[str]
    created_at_ms: Required[str]
    event_name: FinAgentReplyChunkEventEventName
    stream_id: Required[str]
    status: FinAgentReplyChunkEventStatus
