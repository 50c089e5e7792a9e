# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    DECODE_ERRORS,
    UNSET,
    DecodingIssue,
    FieldSpec,
    Unset,
    check_str,
    decode_leniently,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.escalate_fin_conversation_body_user import (
        EscalateFinConversationBodyUser,
        EscalateFinConversationBodyUserDict,
    )


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "context": UNSET,
    "conversation_id": UNSET,
    "message": UNSET,
    "user": UNSET,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "context",
        "conversation_id",
        "message",
        "user",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class EscalateFinConversationBody:
    """
    Attributes:
        context (str | Unset | None): Optional context for the receiving teammate explaining why the conversation is
            being escalated. Attached as an internal note, never shown to the user. Avoid including credentials or
            unnecessary personal data — the note is visible to any teammate with access to the conversation. Example:
            Customer is requesting a refund and is frustrated..
        conversation_id (str | Unset | None): The external ID of the conversation to escalate. Provide this or `user`.
            Required on Fin for Platforms, where `user` is not supported. Example: ext-123.
        message (str | Unset | None): Optional first message for the new conversation, used only when escalating on
            behalf of a `user`. Shown to the end-user (unlike `context`, which is an internal note), so don't include
            sensitive orchestration data. Defaults to "Requesting human support". Example: I'd like to speak to a human
            about my refund..
        user (EscalateFinConversationBodyUser | Unset | None):
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    context: str | Unset | None = UNSET
    conversation_id: str | Unset | None = UNSET
    message: str | Unset | None = UNSET
    user: EscalateFinConversationBodyUser | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.context
        if _v is not UNSET:
            _d["context"] = _v
        _v = self.conversation_id
        if _v is not UNSET:
            _d["conversation_id"] = _v
        _v = self.message
        if _v is not UNSET:
            _d["message"] = _v
        _v = self.user
        if _v is not UNSET:
            _d["user"] = None if _v is None else to_jsonable(_v)
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("context", "context", check_str, False),
            FieldSpec("conversation_id", "conversation_id", check_str, False),
            FieldSpec("message", "message", check_str, False),
            FieldSpec("user", "user", EscalateFinConversationBodyUser.from_dict, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="EscalateFinConversationBody"
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
            _v = _state["user"]
            if _v is not None and _v is not UNSET:
                _v = EscalateFinConversationBodyUser.from_dict(_v)

            _state["user"] = _v
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class EscalateFinConversationBodyDict(TypedDict, total=False):
    """:class:`EscalateFinConversationBody` written as a dict literal (JSON field names), e.g. as a request body."""

    context: str
    conversation_id: str
    message: str
    user: EscalateFinConversationBodyUser | EscalateFinConversationBodyUserDict


# Imported last, so that models that refer to each other can import each other.
from ..models.escalate_fin_conversation_body_user import EscalateFinConversationBodyUser
