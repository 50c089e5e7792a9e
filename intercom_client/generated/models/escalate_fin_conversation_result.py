# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.escalate_fin_conversation_result_status import (
    EscalateFinConversationResultStatus,
)
from ..types import (
    UNSET,
    Unset,
    WrongType,
)

_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "conversation_id",
        "intercom_conversation_id",
        "sse_subscription_url",
        "status",
    }
)


@_attrs_define(kw_only=True)
class EscalateFinConversationResult:
    """
    Attributes:
        conversation_id (str | Unset): The external ID of the conversation. Returned when you escalate an existing
            conversation by `conversation_id` (echoed back). When you escalate a `user`, a new conversation is created and
            only `intercom_conversation_id` is returned. Example: ext-123.
        intercom_conversation_id (str | Unset): The internal Intercom conversation ID. Returned when a new conversation
            was created for the escalation. Example: 987654321.
        sse_subscription_url (str | Unset): Optional. A URL to subscribe to Server-Sent Events (SSE) for this
            conversation, if SSE is enabled. The access token is a JWT with a 3-minute TTL. The token is revoked when Fin
            sets the conversation to complete status. When CSAT is enabled and a survey will follow the resolution,
            `complete` revocation is deferred until the `csat_requested` event is delivered or the token expires. Includes a
            `rewind` window so a subscriber that connects after the escalation is processed can still receive the
            `escalated` and `complete` events.
             Example: https://primary-realtime.intercom-messenger.com/event-
            stream?channels=fin_agent_api:app123:ext-123&accessToken=eyJhbG...&rewind=2m.
        status (EscalateFinConversationResultStatus | Unset): The resulting status of the conversation. Example:
            escalated.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    conversation_id: str | None | Unset = UNSET
    intercom_conversation_id: str | None | Unset = UNSET
    sse_subscription_url: str | None | Unset = UNSET
    status: EscalateFinConversationResultStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("status", "escalated"),)
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.conversation_id
        if _v is not UNSET:
            _d["conversation_id"] = _v
        _v = self.intercom_conversation_id
        if _v is not UNSET:
            _d["intercom_conversation_id"] = _v
        _v = self.sse_subscription_url
        if _v is not UNSET:
            _d["sse_subscription_url"] = _v
        _v = self.status
        if _v is not UNSET:
            _d["status"] = _v
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="EscalateFinConversationResult"
                )
            _d = dict(_d)
        _f = ""
        try:
            conversation_id = _d.get("conversation_id", UNSET)
            if conversation_id.__class__ is dict or conversation_id.__class__ is list:
                raise WrongType("string", conversation_id, "conversation_id")

            intercom_conversation_id = _d.get("intercom_conversation_id", UNSET)
            if intercom_conversation_id.__class__ is dict or intercom_conversation_id.__class__ is list:
                raise WrongType("string", intercom_conversation_id, "intercom_conversation_id")

            sse_subscription_url = _d.get("sse_subscription_url", UNSET)
            if sse_subscription_url.__class__ is dict or sse_subscription_url.__class__ is list:
                raise WrongType("string", sse_subscription_url, "sse_subscription_url")

            status = _d.get("status", UNSET)
            if status.__class__ is dict or status.__class__ is list:
                raise WrongType("string", status, "status")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.conversation_id = conversation_id
            _obj.intercom_conversation_id = intercom_conversation_id
            _obj.sse_subscription_url = sse_subscription_url
            _obj.status = status
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="EscalateFinConversationResult", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("EscalateFinConversationResult", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(
                str(exc), model="EscalateFinConversationResult", path=(field,) if field else ()
            ) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(
                str(exc), model="EscalateFinConversationResult", path=(_f,) if _f else ()
            ) from None
        return _obj
