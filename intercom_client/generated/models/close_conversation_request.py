# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.close_conversation_request_message_type import (
    CloseConversationRequestMessageType,
)
from ..models.close_conversation_request_type import CloseConversationRequestType
from ..types import (
    DECODE_ERRORS,
    UNSET,
    DecodingIssue,
    FieldSpec,
    Unset,
    WrongType,
    check_str,
    decode_leniently,
)

_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "admin_id": UNSET,
    "message_type": UNSET,
    "type_": UNSET,
    "body": UNSET,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "admin_id",
        "message_type",
        "type",
        "body",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CloseConversationRequest:
    """Payload of the request to close a conversation

    Attributes:
        admin_id (str): The id of the admin who is performing the action. Example: 12345.
        message_type (CloseConversationRequestMessageType):  Example: close.
        type_ (CloseConversationRequestType):  Example: admin.
        body (str | Unset | None): Optionally you can leave a message in the conversation to provide additional context
            to the user and other teammates. Example:  This conversation is now closed!.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    admin_id: str
    message_type: CloseConversationRequestMessageType = "close"
    type_: CloseConversationRequestType = "admin"
    body: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("message_type", "close"),
        ("type", "admin"),
    )
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.admin_id
        if _v is not UNSET:
            _d["admin_id"] = _v
        _v = self.message_type
        if _v is not UNSET:
            _d["message_type"] = _v
        _v = self.type_
        if _v is not UNSET:
            _d["type"] = _v
        _v = self.body
        if _v is not UNSET:
            _d["body"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("admin_id", "admin_id", check_str, True),
            FieldSpec("message_type", "message_type", check_str, True),
            FieldSpec("type", "type_", check_str, True),
            FieldSpec("body", "body", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="CloseConversationRequest"
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
            if "admin_id" not in _d:
                raise KeyError("admin_id")
            if _state["admin_id"] is None:
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
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class CloseConversationRequestDict(TypedDict, total=False):
    """:class:`CloseConversationRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    admin_id: Required[str]
    message_type: CloseConversationRequestMessageType
    type: CloseConversationRequestType
    body: str
