# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.message_message_type import MessageMessageType
from ..types import (
    DECODE_ERRORS,
    DecodingIssue,
    FieldSpec,
    WrongType,
    check_int,
    check_str,
    decode_leniently,
)

_new_instance = object.__new__
_KNOWN_FIELDS: frozenset[str] = frozenset(
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
            conversation_id (str): The associated conversation_id Example: 64619700005570.
            subject (str): The subject of the message. Only present if message_type: email. Example: Greetings.
            additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    body: str
    created_at: int
    id: str
    message_type: MessageMessageType
    type_: str
    conversation_id: str | None = None
    subject: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.body
        if _v is not None:
            _d["body"] = _v
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = _v
        _v = self.id
        if _v is not None:
            _d["id"] = _v
        _v = self.message_type
        if _v is not None:
            _d["message_type"] = _v
        _v = self.type_
        if _v is not None:
            _d["type"] = _v
        _v = self.conversation_id
        if _v is not None:
            _d["conversation_id"] = _v
        _v = self.subject
        if _v is not None:
            _d["subject"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("body", "body", check_str, True),
            FieldSpec("created_at", "created_at", check_int, True),
            FieldSpec("id", "id", check_str, True),
            FieldSpec("message_type", "message_type", check_str, True),
            FieldSpec("type", "type_", check_str, True),
            FieldSpec("conversation_id", "conversation_id", check_str, False),
            FieldSpec("subject", "subject", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="Message")
            _d = dict(_d)
        try:
            body: Any = _d["body"]
            if body is None:
                raise WrongType("a value", None)

            created_at: Any = _d["created_at"]
            if created_at is None:
                raise WrongType("a value", None)

            id: Any = _d["id"]
            if id is None:
                raise WrongType("a value", None)

            message_type: Any = _d["message_type"]
            if message_type is None:
                raise WrongType("a value", None)

            type_: Any = _d["type"]
            if type_ is None:
                raise WrongType("a value", None)

            conversation_id: Any = _d.get("conversation_id")

            subject: Any = _d.get("subject")

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
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        return _obj
