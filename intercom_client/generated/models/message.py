# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
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
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "body": None,
    "created_at": None,
    "id": None,
    "message_type": None,
    "type_": None,
    "conversation_id": None,
    "subject": None,
    "_decoding_issues": (),
}
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


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
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
        conversation_id (str | None): The associated conversation_id Example: 64619700005570.
        subject (str | None): The subject of the message. Only present if message_type: email. Example: Greetings.
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
            if "body" not in _d:
                raise KeyError("body")
            if _state["body"] is None:
                raise WrongType("a value", None)
            if "created_at" not in _d:
                raise KeyError("created_at")
            if _state["created_at"] is None:
                raise WrongType("a value", None)
            if "id" not in _d:
                raise KeyError("id")
            if _state["id"] is None:
                raise WrongType("a value", None)
            if "message_type" not in _d:
                raise KeyError("message_type")
            if _state["message_type"] is None:
                raise WrongType("a value", None)
            if "type" in _d:
                _state["type_"] = _state.pop("type")
            if "type" not in _d:
                raise KeyError("type")
            if _state["type_"] is None:
                raise WrongType("a value", None)
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj
