# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.message_message_type import MessageMessageType
from ..types import (
    UNSET,
    Unset,
    WrongType,
)

_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "body",
        "created_at",
        "id",
        "message_type",
        "type",
        "conversation_id",
        "subject",
    }
)


@_attrs_define(kw_only=True)
class Message:
    """Message are how you reach out to contacts in Intercom. They are created when an admin sends an outbound message to a
    contact.

        Attributes:
            body (str): The message body, which may contain HTML. Example: Hello.
            created_at (int): The time the conversation was created. Example: 1667560812.
            id (str): The id representing the message. Example: 1488971108.
            message_type (MessageMessageType): The type of message that was sent. Can be email, inapp, facebook, twitter,
                sms or whatsapp. Example: inapp.
            type_ (str): The type of the message Example: user_message.
            conversation_id (str | Unset): The associated conversation_id Example: 64619700005570.
            subject (str | Unset): The subject of the message. Only present if message_type: email. Example: Greetings.
            additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    body: str | None
    created_at: int | None
    id: str | None
    message_type: MessageMessageType | None
    type_: str | None
    conversation_id: str | None | Unset = UNSET
    subject: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.body
        if _v is not UNSET:
            _d["body"] = _v
        _v = self.created_at
        if _v is not UNSET:
            _d["created_at"] = _v
        _v = self.id
        if _v is not UNSET:
            _d["id"] = _v
        _v = self.message_type
        if _v is not UNSET:
            _d["message_type"] = _v
        _v = self.type_
        if _v is not UNSET:
            _d["type"] = _v
        _v = self.conversation_id
        if _v is not UNSET:
            _d["conversation_id"] = _v
        _v = self.subject
        if _v is not UNSET:
            _d["subject"] = _v
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="Message")
            _d = dict(_d)
        _f = ""
        try:
            body = _d["body"]
            if body.__class__ is dict or body.__class__ is list:
                raise WrongType("string", body, "body")

            created_at = _d["created_at"]
            if created_at.__class__ is dict or created_at.__class__ is list:
                raise WrongType("integer", created_at, "created_at")

            id = _d["id"]
            if id.__class__ is dict or id.__class__ is list:
                raise WrongType("string", id, "id")

            message_type = _d["message_type"]
            if message_type.__class__ is dict or message_type.__class__ is list:
                raise WrongType("string", message_type, "message_type")

            type_ = _d["type"]
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            conversation_id = _d.get("conversation_id", UNSET)
            if conversation_id.__class__ is dict or conversation_id.__class__ is list:
                raise WrongType("string", conversation_id, "conversation_id")

            subject = _d.get("subject", UNSET)
            if subject.__class__ is dict or subject.__class__ is list:
                raise WrongType("string", subject, "subject")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.body = body
            _obj.created_at = created_at
            _obj.id = id
            _obj.message_type = message_type
            _obj.type_ = type_
            _obj.conversation_id = conversation_id
            _obj.subject = subject
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError("required field is missing", model="Message", path=(exc.args[0],)) from None
        except ResponseDecodingError as exc:
            raise exc.within("Message", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="Message", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="Message", path=(_f,) if _f else ()) from None
        return _obj
