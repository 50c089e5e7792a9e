# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, ClassVar, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.fin_agent_status_updated_event_event_name import (
    FinAgentStatusUpdatedEventEventName,
)
from ..models.fin_agent_status_updated_event_status import (
    FinAgentStatusUpdatedEventStatus,
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
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "conversation_id": UNSET,
    "created_at_ms": UNSET,
    "event_name": UNSET,
    "status": UNSET,
    "user_id": UNSET,
    "reason": UNSET,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "conversation_id",
        "created_at_ms",
        "event_name",
        "status",
        "user_id",
        "reason",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class FinAgentStatusUpdatedEvent:
    """Event fired when Fin's status changes during a conversation.
    Fin will report its status to the client via this event.

    Attributes:
        conversation_id (str): The ID of the conversation. Example: 123456.
        created_at_ms (datetime.datetime): The timestamp the event was created at, with millisecond precision. Example:
            2025-01-24T10:00:00.123Z.
        event_name (FinAgentStatusUpdatedEventEventName): The name of the event. Example: fin_status_updated.
        status (FinAgentStatusUpdatedEventStatus): Fin's current status.
            - awaiting_user_reply: Fin has finished replying and is waiting for the user to respond
            - escalated: The conversation has been escalated to a human
            - resolved: The user's query has been resolved
            - complete: Fin has completed its workflow. When CSAT is enabled a csat_requested event may follow, in which
            case the SSE stream is held open past complete until it is delivered or the token expires Example: escalated.
        user_id (str): The ID of the user. Example: 7891.
        reason (str | Unset | None): Optional. A human-readable explanation of why the conversation was escalated.
            Only present when status is 'escalated'.
            Possible values include:
            - "Escalation requested by user"
            - "Escalation rule: {rule_name}"
            - "Escalation rule matched"
            - "Routed to team"
            - "Conversation finished without resolution" Example: Escalation requested by user.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    conversation_id: str
    created_at_ms: datetime.datetime
    event_name: FinAgentStatusUpdatedEventEventName = "fin_status_updated"
    status: FinAgentStatusUpdatedEventStatus
    user_id: str
    reason: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("event_name", "fin_status_updated"),)
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
        _v = self.status
        if _v is not UNSET:
            _d["status"] = _v
        _v = self.user_id
        if _v is not UNSET:
            _d["user_id"] = _v
        _v = self.reason
        if _v is not UNSET:
            _d["reason"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("conversation_id", "conversation_id", check_str, True),
            FieldSpec("created_at_ms", "created_at_ms", parse_datetime, True),
            FieldSpec("event_name", "event_name", check_str, True),
            FieldSpec("status", "status", check_str, True),
            FieldSpec("user_id", "user_id", check_str, True),
            FieldSpec("reason", "reason", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="FinAgentStatusUpdatedEvent"
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
            if "event_name" not in _d:
                raise KeyError("event_name")
            if _state["event_name"] is None:
                raise WrongType("a value", None)
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


class FinAgentStatusUpdatedEventDict(TypedDict, total=False):
    """:class:`FinAgentStatusUpdatedEvent` written as a dict literal (JSON field names), e.g. as a request body."""

    conversation_id: Required[str]
    created_at_ms: Required[str]
    event_name: FinAgentStatusUpdatedEventEventName
    status: Required[FinAgentStatusUpdatedEventStatus]
    user_id: Required[str]
    reason: str
