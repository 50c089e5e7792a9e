# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.fin_agent_replied_event_message_author import (
    FinAgentRepliedEventMessageAuthor,
)
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
        "timestamp_ms",
        "id",
    }
)


@_attrs_define(kw_only=True)
class FinAgentRepliedEventMessage:
    """Fin's answer to the user's query.

    Attributes:
        author (FinAgentRepliedEventMessageAuthor): The author of the message (always 'fin' for this event). Example:
            fin.
        body (str): The HTML body of Fin's response. Example: <p>You can see your account details by clicking on the
            <em>Account</em> tab in the top right corner of the screen.</p>.
        timestamp_ms (datetime.datetime): The timestamp the message was created at, with millisecond precision. Example:
            2025-01-24T09:01:00.456Z.
        id (str | Unset): A unique identifier for this message. Example: 98765.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    author: FinAgentRepliedEventMessageAuthor = "fin"
    body: str
    timestamp_ms: datetime.datetime
    id: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("author", "fin"),)
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
        _v = self.timestamp_ms
        if _v is not UNSET:
            _d["timestamp_ms"] = None if _v is None else to_jsonable(_v)
        _v = self.id
        if _v is not UNSET:
            _d["id"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("author", "author", check_str, True),
            FieldSpec("body", "body", check_str, True),
            FieldSpec("timestamp_ms", "timestamp_ms", parse_datetime, True),
            FieldSpec("id", "id", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="FinAgentRepliedEventMessage"
                )
            _d = dict(_d)
        try:
            author: Any = _d["author"]
            if author is None:
                raise WrongType("a value", None)

            body: Any = _d["body"]
            if body is None:
                raise WrongType("a value", None)

            timestamp_ms: Any = _d["timestamp_ms"]
            if timestamp_ms is None:
                raise WrongType("a value", None)
            if timestamp_ms is not None:
                timestamp_ms = parse_datetime(timestamp_ms)

            id: Any = _d.get("id", UNSET)

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.author = author
            _obj.body = body
            _obj.timestamp_ms = timestamp_ms
            _obj.id = id
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        return _obj


class FinAgentRepliedEventMessageDict(TypedDict, total=False):
    """:class:`FinAgentRepliedEventMessage` written as a dict literal (JSON field names), e.g. as a request body."""

    author: FinAgentRepliedEventMessageAuthor
    body: Required[str]
    timestamp_ms: Required[str]
    id: str
