# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Required, Self, TypedDict

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
    check_bool,
    check_str,
    decode_leniently,
)

_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "experimental": UNSET,
    "secret": UNSET,
    "admin_id": UNSET,
    "info_message": UNSET,
    "seen": UNSET,
    "send_state": UNSET,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "experimental",
        "secret",
        "admin_id",
        "info_message",
        "seen",
        "send_state",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class UpdateConversationPartRequest:
    """Payload for updating a conversation part. Supports two operations:
    1. Updating the send state of an external reply (requires `send_state` and `info_message`).
    2. Marking a part as seen by an admin (requires `seen` and `admin_id`).
    Both operations require `experimental` and `secret` for HMAC authentication.

    Attributes:
        experimental (bool): Must be true to use this experimental endpoint. Example: True.
        secret (str): HMAC secret for authenticating the experimental request. Example: hmac_secret_value.
        admin_id (str | Unset | None): The id of the admin marking the part as seen. Example: 991267694.
        info_message (str | Unset | None): An informational message about the send state update. Example: Message
            delivered successfully.
        seen (bool | Unset | None): Set to true to mark the conversation part as seen. Example: True.
        send_state (str | Unset | None): The send state to set on the external reply. Example: sent.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    experimental: bool
    secret: str
    admin_id: str | Unset | None = UNSET
    info_message: str | Unset | None = UNSET
    seen: bool | Unset | None = UNSET
    send_state: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.experimental
        if _v is not UNSET:
            _d["experimental"] = _v
        _v = self.secret
        if _v is not UNSET:
            _d["secret"] = _v
        _v = self.admin_id
        if _v is not UNSET:
            _d["admin_id"] = _v
        _v = self.info_message
        if _v is not UNSET:
            _d["info_message"] = _v
        _v = self.seen
        if _v is not UNSET:
            _d["seen"] = _v
        _v = self.send_state
        if _v is not UNSET:
            _d["send_state"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("experimental", "experimental", check_bool, True),
            FieldSpec("secret", "secret", check_str, True),
            FieldSpec("admin_id", "admin_id", check_str, False),
            FieldSpec("info_message", "info_message", check_str, False),
            FieldSpec("seen", "seen", check_bool, False),
            FieldSpec("send_state", "send_state", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="UpdateConversationPartRequest"
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
            if "experimental" not in _d:
                raise KeyError("experimental")
            if _state["experimental"] is None:
                raise WrongType("a value", None)
            if "secret" not in _d:
                raise KeyError("secret")
            if _state["secret"] is None:
                raise WrongType("a value", None)
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class UpdateConversationPartRequestDict(TypedDict, total=False):
    """:class:`UpdateConversationPartRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    experimental: Required[bool]
    secret: Required[str]
    admin_id: str
    info_message: str
    seen: bool
    send_state: str
