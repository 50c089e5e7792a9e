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
    check_str,
    decode_leniently,
    decode_list,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.fin_agent_attachment import FinAgentAttachment, FinAgentAttachmentDict
    from ..models.fin_agent_message import FinAgentMessage, FinAgentMessageDict
    from ..models.fin_agent_settings import FinAgentSettings, FinAgentSettingsDict
    from ..models.fin_agent_user import FinAgentUser, FinAgentUserDict


def _decode_attachments(data: Any) -> list[FinAgentAttachment]:
    return decode_list(data, FinAgentAttachment.from_dict)


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "conversation_id": UNSET,
    "message": UNSET,
    "user": UNSET,
    "attachments": UNSET,
    "settings": UNSET,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "conversation_id",
        "message",
        "user",
        "attachments",
        "settings",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ReplyToFinBody:
    """
    Attributes:
        conversation_id (str): The ID of the conversation. Example: 123456.
        message (FinAgentMessage): A message exchanged within a Fin Agent conversation.
        user (FinAgentUser): A user object representing the user in a Fin Agent conversation.
        attachments (list[FinAgentAttachment] | Unset | None): An array of attachments to include with the message.
            Maximum of 10 attachments.
        settings (FinAgentSettings | Unset | None): Optional settings to control Fin's behaviour for this request.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    conversation_id: str
    message: FinAgentMessage
    user: FinAgentUser
    attachments: list[FinAgentAttachment] | Unset | None = UNSET
    settings: FinAgentSettings | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.conversation_id
        if _v is not UNSET:
            _d["conversation_id"] = _v
        _v = self.message
        if _v is not UNSET:
            _d["message"] = None if _v is None else to_jsonable(_v)
        _v = self.user
        if _v is not UNSET:
            _d["user"] = None if _v is None else to_jsonable(_v)
        _v = self.attachments
        if _v is not UNSET:
            _d["attachments"] = None if _v is None else to_jsonable(_v)
        _v = self.settings
        if _v is not UNSET:
            _d["settings"] = None if _v is None else to_jsonable(_v)
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("conversation_id", "conversation_id", check_str, True),
            FieldSpec("message", "message", FinAgentMessage.from_dict, True),
            FieldSpec("user", "user", FinAgentUser.from_dict, True),
            FieldSpec("attachments", "attachments", _decode_attachments, False),
            FieldSpec("settings", "settings", FinAgentSettings.from_dict, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="ReplyToFinBody")
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
            if "conversation_id" not in _d:
                raise KeyError("conversation_id")
            if _state["conversation_id"] is None:
                raise WrongType("a value", None)
            if "message" not in _d:
                raise KeyError("message")
            if _state["message"] is None:
                raise WrongType("a value", None)
            _v = _state["message"]
            if _v is not None:
                _v = FinAgentMessage.from_dict(_v)

            _state["message"] = _v
            if "user" not in _d:
                raise KeyError("user")
            if _state["user"] is None:
                raise WrongType("a value", None)
            _v = _state["user"]
            if _v is not None:
                _v = FinAgentUser.from_dict(_v)

            _state["user"] = _v
            _v = _state["attachments"]
            if _v is not None and _v is not UNSET:
                _v = _decode_attachments(_v)

            _state["attachments"] = _v
            _v = _state["settings"]
            if _v is not None and _v is not UNSET:
                _v = FinAgentSettings.from_dict(_v)

            _state["settings"] = _v
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class ReplyToFinBodyDict(TypedDict, total=False):
    """:class:`ReplyToFinBody` written as a dict literal (JSON field names), e.g. as a request body."""

    conversation_id: Required[str]
    message: Required[FinAgentMessage | FinAgentMessageDict]
    user: Required[FinAgentUser | FinAgentUserDict]
    attachments: list[FinAgentAttachment | FinAgentAttachmentDict]
    settings: FinAgentSettings | FinAgentSettingsDict


# Imported last, so that models that refer to each other can import each other.
from ..models.fin_agent_attachment import FinAgentAttachment
from ..models.fin_agent_message import FinAgentMessage
from ..models.fin_agent_settings import FinAgentSettings
from ..models.fin_agent_user import FinAgentUser
