# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.create_message_request_message_type import (
    CreateMessageRequestMessageType,
)
from ..types import (
    DECODE_ERRORS,
    UNSET,
    DecodingIssue,
    FieldSpec,
    Unset,
    WrongType,
    check_bool,
    check_int,
    check_str,
    decode_leniently,
    decode_list,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.create_message_request_from import CreateMessageRequestFrom, CreateMessageRequestFromDict
    from ..models.recipient import Recipient, RecipientDict


def _decode_bcc_1(data: Any) -> list[Recipient]:
    return decode_list(data, Recipient.from_dict)


def _decode_bcc(data: Any) -> Any:
    try:
        return Recipient.from_dict(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    return _decode_bcc_1(data)


def _decode_cc_1(data: Any) -> list[Recipient]:
    return decode_list(data, Recipient.from_dict)


def _decode_cc(data: Any) -> Any:
    try:
        return Recipient.from_dict(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    return _decode_cc_1(data)


def _decode_to_1(data: Any) -> list[Recipient]:
    return decode_list(data, Recipient.from_dict)


def _decode_to(data: Any) -> Any:
    try:
        return Recipient.from_dict(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    return _decode_to_1(data)


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "bcc": UNSET,
    "body": UNSET,
    "cc": UNSET,
    "create_conversation_without_contact_reply": UNSET,
    "created_at": UNSET,
    "from_": UNSET,
    "message_type": UNSET,
    "subject": UNSET,
    "template": UNSET,
    "to": UNSET,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "bcc",
        "body",
        "cc",
        "create_conversation_without_contact_reply",
        "created_at",
        "from",
        "message_type",
        "subject",
        "template",
        "to",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CreateMessageRequest:
    """You can create a message

    Attributes:
        bcc (list[Recipient] | Recipient | Unset | None):
        body (str | Unset | None): The content of the message. HTML and plaintext are supported. Example: Hello there.
        cc (list[Recipient] | Recipient | Unset | None):
        create_conversation_without_contact_reply (bool | Unset | None): Whether a conversation should be opened in the
            inbox for the message without the contact replying. Defaults to false if not provided. Default: False. Example:
            True.
        created_at (int | Unset | None): The time the message was created. If not provided, the current time will be
            used. Example: 1590000000.
        from_ (CreateMessageRequestFrom | Unset | None): The sender of the message. If not provided, the default sender
            will be used.
        message_type (CreateMessageRequestMessageType | Unset | None): The kind of message being created. Values:
            `in_app`, `email`, `sms` or `whatsapp`. Example: in_app.
        subject (str | Unset | None): The title of the email. Example: Thanks for everything.
        template (str | Unset | None): The style of the outgoing message. Possible values `plain` or `personal`.
            Example: plain.
        to (list[Recipient] | Recipient | Unset | None):
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    bcc: list[Recipient] | Recipient | Unset | None = UNSET
    body: str | Unset | None = UNSET
    cc: list[Recipient] | Recipient | Unset | None = UNSET
    create_conversation_without_contact_reply: bool | Unset | None = UNSET
    created_at: int | Unset | None = UNSET
    from_: CreateMessageRequestFrom | Unset | None = UNSET
    message_type: CreateMessageRequestMessageType | Unset | None = UNSET
    subject: str | Unset | None = UNSET
    template: str | Unset | None = UNSET
    to: list[Recipient] | Recipient | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.bcc
        if _v is not UNSET:
            _d["bcc"] = None if _v is None else to_jsonable(_v)
        _v = self.body
        if _v is not UNSET:
            _d["body"] = _v
        _v = self.cc
        if _v is not UNSET:
            _d["cc"] = None if _v is None else to_jsonable(_v)
        _v = self.create_conversation_without_contact_reply
        if _v is not UNSET:
            _d["create_conversation_without_contact_reply"] = _v
        _v = self.created_at
        if _v is not UNSET:
            _d["created_at"] = _v
        _v = self.from_
        if _v is not UNSET:
            _d["from"] = None if _v is None else to_jsonable(_v)
        _v = self.message_type
        if _v is not UNSET:
            _d["message_type"] = _v
        _v = self.subject
        if _v is not UNSET:
            _d["subject"] = _v
        _v = self.template
        if _v is not UNSET:
            _d["template"] = _v
        _v = self.to
        if _v is not UNSET:
            _d["to"] = None if _v is None else to_jsonable(_v)
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("bcc", "bcc", _decode_bcc, False),
            FieldSpec("body", "body", check_str, False),
            FieldSpec("cc", "cc", _decode_cc, False),
            FieldSpec(
                "create_conversation_without_contact_reply",
                "create_conversation_without_contact_reply",
                check_bool,
                False,
            ),
            FieldSpec("created_at", "created_at", check_int, False),
            FieldSpec("from", "from_", CreateMessageRequestFrom.from_dict, False),
            FieldSpec("message_type", "message_type", check_str, False),
            FieldSpec("subject", "subject", check_str, False),
            FieldSpec("template", "template", check_str, False),
            FieldSpec("to", "to", _decode_to, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="CreateMessageRequest")
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
            _v = _state["bcc"]
            if _v is not None and _v is not UNSET:
                _v = _decode_bcc(_v)

            _state["bcc"] = _v
            _v = _state["cc"]
            if _v is not None and _v is not UNSET:
                _v = _decode_cc(_v)

            _state["cc"] = _v
            if "from" in _d:
                _state["from_"] = _state.pop("from")
            _v = _state["from_"]
            if _v is not None and _v is not UNSET:
                _v = CreateMessageRequestFrom.from_dict(_v)

            _state["from_"] = _v
            _v = _state["to"]
            if _v is not None and _v is not UNSET:
                _v = _decode_to(_v)

            _state["to"] = _v
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


CreateMessageRequestDict = TypedDict(
    "CreateMessageRequestDict",
    {
        "bcc": "Recipient | RecipientDict | list[Recipient | RecipientDict]",
        "body": "str",
        "cc": "Recipient | RecipientDict | list[Recipient | RecipientDict]",
        "create_conversation_without_contact_reply": "bool",
        "created_at": "int",
        "from": "CreateMessageRequestFrom | CreateMessageRequestFromDict",
        "message_type": "CreateMessageRequestMessageType",
        "subject": "str",
        "template": "str",
        "to": "Recipient | RecipientDict | list[Recipient | RecipientDict]",
    },
    total=False,
)
"""`CreateMessageRequest` written as a dict literal (JSON field names), e.g. as a request body."""


# Imported last, so that models that refer to each other can import each other.
from ..models.create_message_request_from import CreateMessageRequestFrom
from ..models.recipient import Recipient
