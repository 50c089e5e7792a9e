# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
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
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "author": UNSET,
    "body": UNSET,
    "timestamp": UNSET,
    "timestamp_ms": UNSET,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "author",
        "body",
        "timestamp",
        "timestamp_ms",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class FinAgentMessage:
    """A message exchanged within a Fin Agent conversation.

    Attributes:
        author (FinAgentMessageAuthor): The author that created the message. Example: user.
        body (str): The body of the message. Accepts both plain text and HTML format.
            When sending a message to Fin, this should contain the user's message.
            Fin's response will be returned as HTML. Example: How can I see my account details?.
        timestamp (datetime.datetime | Unset | None): The timestamp when the message was created.
            Used to deduplicate messages sent within a 5 minute window.
            Ideally should include milliseconds for higher precision. Example: 2025-01-24T10:01:20.000Z.
        timestamp_ms (datetime.datetime | Unset | None): The timestamp when the message was created, with millisecond
            precision.
            Only present in event responses (fin_replied). Example: 2025-01-24T10:01:20.456Z.
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
            if "author" not in _d:
                raise KeyError("author")
            if _state["author"] is None:
                raise WrongType("a value", None)
            if "body" not in _d:
                raise KeyError("body")
            if _state["body"] is None:
                raise WrongType("a value", None)
            _v = _state["timestamp"]
            if _v is not None and _v is not UNSET:
                _v = parse_datetime(_v)

            _state["timestamp"] = _v
            _v = _state["timestamp_ms"]
            if _v is not None and _v is not UNSET:
                _v = parse_datetime(_v)

            _state["timestamp_ms"] = _v
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class FinAgentMessageDict(TypedDict, total=False):
    """:class:`FinAgentMessage` written as a dict literal (JSON field names), e.g. as a request body."""

    author: Required[FinAgentMessageAuthor]
    body: Required[str]
    timestamp: str
    timestamp_ms: str
