# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.fin_agent_message_author import FinAgentMessageAuthor
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

_new_instance = object.__new__
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "author",
        "body",
        "timestamp",
        "timestamp_ms",
    }
)


@_attrs_define(kw_only=True)
class FinAgentMessage:
    """A message exchanged within a Fin Agent conversation.

    Attributes:
        author (FinAgentMessageAuthor): The author that created the message. Example: user.
        body (str): The body of the message. Accepts both plain text and HTML format.
            When sending a message to Fin, this should contain the user's message.
            Fin's response will be returned as HTML.
             Example: How can I see my account details?.
        timestamp (datetime.datetime | Unset): The timestamp when the message was created.
            Used to deduplicate messages sent within a 5 minute window.
            Ideally should include milliseconds for higher precision.
             Example: 2025-01-24T10:01:20.000Z.
        timestamp_ms (datetime.datetime | Unset): The timestamp when the message was created, with millisecond
            precision.
            Only present in event responses (fin_replied).
             Example: 2025-01-24T10:01:20.456Z.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    author: FinAgentMessageAuthor
    body: str
    timestamp: datetime.datetime | Unset | None = UNSET
    timestamp_ms: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.author
        if _v is not UNSET:
            _d["author"] = _v
        _v = self.body
        if _v is not UNSET:
            _d["body"] = _v
        _v = self.timestamp
        if _v is not UNSET:
            _d["timestamp"] = None if _v is None else to_jsonable(_v)
        _v = self.timestamp_ms
        if _v is not UNSET:
            _d["timestamp_ms"] = None if _v is None else to_jsonable(_v)
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("author", "author", check_str, True),
            FieldSpec("body", "body", check_str, True),
            FieldSpec("timestamp", "timestamp", parse_datetime, False),
            FieldSpec("timestamp_ms", "timestamp_ms", parse_datetime, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="FinAgentMessage")
            _d = dict(_d)
        try:
            author: Any = _d["author"]
            if author is None:
                raise WrongType("a value", None)

            body: Any = _d["body"]
            if body is None:
                raise WrongType("a value", None)

            timestamp: Any = _d.get("timestamp", UNSET)
            if timestamp is not None and timestamp is not UNSET:
                timestamp = parse_datetime(timestamp)

            timestamp_ms: Any = _d.get("timestamp_ms", UNSET)
            if timestamp_ms is not None and timestamp_ms is not UNSET:
                timestamp_ms = parse_datetime(timestamp_ms)

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.author = author
            _obj.body = body
            _obj.timestamp = timestamp
            _obj.timestamp_ms = timestamp_ms
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        return _obj


class FinAgentMessageDict(TypedDict, total=False):
    """:class:`FinAgentMessage` written as a dict literal (JSON field names), e.g. as a request body."""

    author: Required[FinAgentMessageAuthor]
    body: Required[str]
    timestamp: str
    timestamp_ms: str
