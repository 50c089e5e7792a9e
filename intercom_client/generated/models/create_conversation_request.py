# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    DECODE_ERRORS,
    UNSET,
    DecodingIssue,
    FieldSpec,
    Unset,
    WrongType,
    check_int,
    check_scalar_list,
    check_str,
    decode_leniently,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.create_conversation_request_from import (
        CreateConversationRequestFrom,
        CreateConversationRequestFromDict,
    )


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "body": UNSET,
    "from_": UNSET,
    "attachment_urls": UNSET,
    "brand_id": UNSET,
    "created_at": UNSET,
    "subject": UNSET,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "body",
        "from",
        "attachment_urls",
        "brand_id",
        "created_at",
        "subject",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CreateConversationRequest:
    """Conversations are how you can communicate with users in Intercom. They are created when a contact replies to an
    outbound message, or when one admin directly sends a message to a single contact.

    Attributes:
        body (str): The content of the message. HTML is not supported. Example: Hello.
        from_ (CreateConversationRequestFrom):
        attachment_urls (list[str] | Unset | None): A list of image URLs that will be added as attachments. You can
            include up to 10 URLs.
        brand_id (str | Unset | None): The unique identifier of the brand to associate with this conversation. Example:
            123.
        created_at (int | Unset | None): The time the conversation was created as a UTC Unix timestamp. If not provided,
            the current time will be used. This field is only recommneded for migrating past conversations from another
            source into Intercom. Example: 1671028894.
        subject (str | Unset | None): The title of the email. Only applicable if the message type is email. Example:
            Thanks for everything.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    body: str
    from_: CreateConversationRequestFrom
    attachment_urls: list[str] | Unset | None = UNSET
    brand_id: str | Unset | None = UNSET
    created_at: int | Unset | None = UNSET
    subject: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.body
        if _v is not UNSET:
            _d["body"] = _v
        _v = self.from_
        if _v is not UNSET:
            _d["from"] = None if _v is None else to_jsonable(_v)
        _v = self.attachment_urls
        if _v is not UNSET:
            _d["attachment_urls"] = None if _v is None else to_jsonable(_v)
        _v = self.brand_id
        if _v is not UNSET:
            _d["brand_id"] = _v
        _v = self.created_at
        if _v is not UNSET:
            _d["created_at"] = _v
        _v = self.subject
        if _v is not UNSET:
            _d["subject"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("body", "body", check_str, True),
            FieldSpec("from", "from_", CreateConversationRequestFrom.from_dict, True),
            FieldSpec("attachment_urls", "attachment_urls", check_scalar_list, False),
            FieldSpec("brand_id", "brand_id", check_str, False),
            FieldSpec("created_at", "created_at", check_int, False),
            FieldSpec("subject", "subject", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="CreateConversationRequest"
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
            if "body" not in _d:
                raise KeyError("body")
            if _state["body"] is None:
                raise WrongType("a value", None)
            if "from" in _d:
                _state["from_"] = _state.pop("from")
            if "from" not in _d:
                raise KeyError("from")
            if _state["from_"] is None:
                raise WrongType("a value", None)
            _v = _state["from_"]
            if _v is not None:
                _v = CreateConversationRequestFrom.from_dict(_v)

            _state["from_"] = _v
            _v = _state["attachment_urls"]
            if _v is not None and _v is not UNSET:
                _v = check_scalar_list(_v)

            _state["attachment_urls"] = _v
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


CreateConversationRequestDict = TypedDict(
    "CreateConversationRequestDict",
    {
        "body": "Required[str]",
        "from": "Required[CreateConversationRequestFrom | CreateConversationRequestFromDict]",
        "attachment_urls": "list[str]",
        "brand_id": "str",
        "created_at": "int",
        "subject": "str",
    },
    total=False,
)
"""`CreateConversationRequest` written as a dict literal (JSON field names), e.g. as a request body."""


# Imported last, so that models that refer to each other can import each other.
from ..models.create_conversation_request_from import CreateConversationRequestFrom
