# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.reply_to_fin_result_status import ReplyToFinResultStatus
from ..types import (
    UNSET,
    Unset,
    WrongType,
    parse_datetime,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.fin_agent_attribute_errors import FinAgentAttributeErrors


_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "conversation_id",
        "created_at_ms",
        "errors",
        "sse_subscription_url",
        "status",
        "user_id",
    }
)


@_attrs_define(kw_only=True)
class ReplyToFinResult:
    """
    Attributes:
        conversation_id (str | Unset): The ID of the conversation. Example: ext-123.
        created_at_ms (datetime.datetime | Unset): The timestamp the response was created at, with millisecond
            precision. Example: 2025-01-24T10:00:00.123Z.
        errors (FinAgentAttributeErrors | Unset): Contains error details if any user or conversation attribute updates
            failed.
        sse_subscription_url (str | Unset): Optional. A URL to subscribe to Server-Sent Events (SSE) for this
            conversation, if SSE is enabled. The access token is a JWT with a 3-minute TTL. The token is revoked when Fin
            sets the conversation to awaiting_user_reply or complete status. When CSAT is enabled and a survey will follow
            the resolution, `complete` revocation is deferred until the `csat_requested` event is delivered or the token
            expires.
             Example: https://primary-realtime.intercom-messenger.com/event-
            stream?channels=fin_agent_api:app123:ext-123&accessToken=eyJhbG....
        status (ReplyToFinResultStatus | Unset): Fin's current status in the conversation workflow.
             Example: thinking.
        user_id (str | Unset): The ID of the user. Example: user-456.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    conversation_id: str | None | Unset = UNSET
    created_at_ms: datetime.datetime | None | Unset = UNSET
    errors: FinAgentAttributeErrors | None | Unset = UNSET
    sse_subscription_url: str | None | Unset = UNSET
    status: ReplyToFinResultStatus | None | Unset = UNSET
    user_id: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.conversation_id
        if _v is not UNSET:
            _d["conversation_id"] = _v
        _v = self.created_at_ms
        if _v is not UNSET:
            _d["created_at_ms"] = None if _v is None else to_jsonable(_v)
        _v = self.errors
        if _v is not UNSET:
            _d["errors"] = None if _v is None else _v.to_dict()
        _v = self.sse_subscription_url
        if _v is not UNSET:
            _d["sse_subscription_url"] = _v
        _v = self.status
        if _v is not UNSET:
            _d["status"] = _v
        _v = self.user_id
        if _v is not UNSET:
            _d["user_id"] = _v
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="ReplyToFinResult")
            _d = dict(_d)
        _f = ""
        try:
            conversation_id = _d.get("conversation_id", UNSET)
            if conversation_id.__class__ is dict or conversation_id.__class__ is list:
                raise WrongType("string", conversation_id, "conversation_id")

            created_at_ms = _d.get("created_at_ms", UNSET)
            if created_at_ms is not None and created_at_ms is not UNSET:
                _f = "created_at_ms"
                created_at_ms = parse_datetime(created_at_ms)

            errors = _d.get("errors", UNSET)
            if errors is not None and errors is not UNSET:
                _f = "errors"
                errors = FinAgentAttributeErrors.from_dict(errors)

            sse_subscription_url = _d.get("sse_subscription_url", UNSET)
            if sse_subscription_url.__class__ is dict or sse_subscription_url.__class__ is list:
                raise WrongType("string", sse_subscription_url, "sse_subscription_url")

            status = _d.get("status", UNSET)
            if status.__class__ is dict or status.__class__ is list:
                raise WrongType("string", status, "status")

            user_id = _d.get("user_id", UNSET)
            if user_id.__class__ is dict or user_id.__class__ is list:
                raise WrongType("string", user_id, "user_id")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.conversation_id = conversation_id
            _obj.created_at_ms = created_at_ms
            _obj.errors = errors
            _obj.sse_subscription_url = sse_subscription_url
            _obj.status = status
            _obj.user_id = user_id
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="ReplyToFinResult", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("ReplyToFinResult", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="ReplyToFinResult", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="ReplyToFinResult", path=(_f,) if _f else ()) from None
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.fin_agent_attribute_errors import FinAgentAttributeErrors  # noqa: E402
