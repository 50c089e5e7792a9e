# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.ask_fin_result_status import AskFinResultStatus
from ..types import (
    DECODE_ERRORS,
    DecodingIssue,
    FieldSpec,
    Pending,
    check_str,
    decode_leniently,
    install_lazy_fields,
    parse_datetime,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.fin_agent_attribute_errors import FinAgentAttributeErrors


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "conversation_id": None,
    "created_at_ms": None,
    "errors": None,
    "sse_subscription_url": None,
    "status": None,
    "user_id": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "conversation_id",
        "created_at_ms",
        "errors",
        "sse_subscription_url",
        "status",
        "user_id",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class AskFinResult:
    """
    Attributes:
        conversation_id (str | None): The external ID of the conversation. Example: ext-123.
        created_at_ms (datetime.datetime | None): The timestamp the response was created at, with millisecond precision.
            Example: 2025-01-24T10:00:00.123Z.
        errors (FinAgentAttributeErrors | None): Contains error details if any user or conversation attribute updates
            failed.
        sse_subscription_url (str | None): Optional. A URL to subscribe to Server-Sent Events (SSE) for this
            conversation, if SSE is enabled. The access token is a JWT with a 3-minute TTL. The token is revoked when Fin
            sets the conversation to complete status. When CSAT is enabled and a survey will follow the resolution,
            `complete` revocation is deferred until the `csat_requested` event is delivered or the token expires. Example:
            https://primary-realtime.intercom-messenger.com/event-
            stream?channels=fin_agent_api:app123:ext-123&accessToken=eyJhbG...&rewind=2m.
        status (AskFinResultStatus | None): Fin's current status in the conversation workflow. Example: thinking.
        user_id (str | None): The ID of the user. Example: user-456.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    conversation_id: str | None = None
    created_at_ms: datetime.datetime | None = None
    errors: FinAgentAttributeErrors | None = None
    sse_subscription_url: str | None = None
    status: AskFinResultStatus | None = None
    user_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.conversation_id
        if _v is not None:
            _d["conversation_id"] = _v
        _v = self.created_at_ms
        if _v is not None:
            _d["created_at_ms"] = to_jsonable(_v)
        _v = self.errors
        if _v is not None:
            _d["errors"] = to_jsonable(_v)
        _v = self.sse_subscription_url
        if _v is not None:
            _d["sse_subscription_url"] = _v
        _v = self.status
        if _v is not None:
            _d["status"] = _v
        _v = self.user_id
        if _v is not None:
            _d["user_id"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("conversation_id", "conversation_id", check_str, False),
            FieldSpec("created_at_ms", "created_at_ms", parse_datetime, False),
            FieldSpec("errors", "errors", FinAgentAttributeErrors.from_dict, False),
            FieldSpec("sse_subscription_url", "sse_subscription_url", check_str, False),
            FieldSpec("status", "status", check_str, False),
            FieldSpec("user_id", "user_id", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="AskFinResult")
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
            _v = _state["created_at_ms"]
            if _v is not None:
                _v = parse_datetime(_v)

            _state["created_at_ms"] = _v
            _v = _state["errors"]
            if _v is not None and _v.__class__ is not dict:
                _state["errors"] = Pending(_v)
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.fin_agent_attribute_errors import FinAgentAttributeErrors

install_lazy_fields(AskFinResult, ("errors",))
