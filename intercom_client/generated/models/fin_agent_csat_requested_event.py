# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.fin_agent_csat_requested_event_event_name import (
    FinAgentCsatRequestedEventEventName,
)
from ..types import (
    DECODE_ERRORS,
    UNSET,
    DecodingIssue,
    FieldSpec,
    WrongType,
    check_str,
    decode_leniently,
    parse_datetime,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.fin_agent_csat_requested_event_csat import (
        FinAgentCsatRequestedEventCsat,
        FinAgentCsatRequestedEventCsatDict,
    )


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "conversation_id": UNSET,
    "created_at_ms": UNSET,
    "csat": UNSET,
    "event_name": UNSET,
    "user_id": UNSET,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "conversation_id",
        "created_at_ms",
        "csat",
        "event_name",
        "user_id",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class FinAgentCsatRequestedEvent:
    """Event fired when Fin asks the user to rate the conversation.
    Delivered via webhooks or SSE. Carries the rating options to present to the user; submit
    the user's choice with POST /fin/csat. Unlike the reply events it has no message — a
    rating survey is a set of options to choose from, not readable text.
    Over SSE this event arrives after Fin reaches 'complete'. Because a survey is expected,
    'complete' does not close the stream: the connection is held open so this event can be
    delivered, and the token is revoked once it is sent.

    Attributes:
        conversation_id (str): The ID of the conversation. Example: 123456.
        created_at_ms (datetime.datetime): The timestamp the event was created at, with millisecond precision. Example:
            2025-01-24T10:00:00.123Z.
        csat (FinAgentCsatRequestedEventCsat): The rating survey to present to the user. Example: {'options': [{'emoji':
            '😃', 'key': 'good', 'label': 'Great'}, {'emoji': '🤩', 'key': 'amazing', 'label': 'Amazing'}]}.
        event_name (FinAgentCsatRequestedEventEventName): The name of the event. Example: csat_requested.
        user_id (str): The ID of the user. Example: 7891.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    conversation_id: str
    created_at_ms: datetime.datetime
    csat: FinAgentCsatRequestedEventCsat
    event_name: FinAgentCsatRequestedEventEventName = "csat_requested"
    user_id: str
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("event_name", "csat_requested"),)
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
        _v = self.csat
        if _v is not UNSET:
            _d["csat"] = None if _v is None else to_jsonable(_v)
        _v = self.event_name
        if _v is not UNSET:
            _d["event_name"] = _v
        _v = self.user_id
        if _v is not UNSET:
            _d["user_id"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("conversation_id", "conversation_id", check_str, True),
            FieldSpec("created_at_ms", "created_at_ms", parse_datetime, True),
            FieldSpec("csat", "csat", FinAgentCsatRequestedEventCsat.from_dict, True),
            FieldSpec("event_name", "event_name", check_str, True),
            FieldSpec("user_id", "user_id", check_str, True),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="FinAgentCsatRequestedEvent"
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
            if "csat" not in _d:
                raise KeyError("csat")
            if _state["csat"] is None:
                raise WrongType("a value", None)
            _v = _state["csat"]
            if _v is not None:
                _v = FinAgentCsatRequestedEventCsat.from_dict(_v)

            _state["csat"] = _v
            if "event_name" not in _d:
                raise KeyError("event_name")
            if _state["event_name"] is None:
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


class FinAgentCsatRequestedEventDict(TypedDict, total=False):
    """:class:`FinAgentCsatRequestedEvent` written as a dict literal (JSON field names), e.g. as a request body."""

    conversation_id: Required[str]
    created_at_ms: Required[str]
    csat: Required[FinAgentCsatRequestedEventCsat | FinAgentCsatRequestedEventCsatDict]
    event_name: FinAgentCsatRequestedEventEventName
    user_id: Required[str]


# Imported last, so that models that refer to each other can import each other.
from ..models.fin_agent_csat_requested_event_csat import FinAgentCsatRequestedEventCsat
