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
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.fin_agent_message import FinAgentMessage, FinAgentMessageDict
    from ..models.fin_agent_user import FinAgentUser, FinAgentUserDict
    from ..models.run_fin_procedure_body_conversation_metadata import (
        RunFinProcedureBodyConversationMetadata,
        RunFinProcedureBodyConversationMetadataDict,
    )
    from ..models.run_fin_procedure_body_settings import RunFinProcedureBodySettings, RunFinProcedureBodySettingsDict


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "conversation_id": UNSET,
    "user": UNSET,
    "conversation_metadata": UNSET,
    "message": UNSET,
    "settings": UNSET,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "conversation_id",
        "user",
        "conversation_metadata",
        "message",
        "settings",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class RunFinProcedureBody:
    """
    Attributes:
        conversation_id (str): Your external conversation ID. Fin creates a conversation for this ID. If a conversation
            already exists for it, use `/fin/reply` instead. Example: ext-123.
        user (FinAgentUser): A user object representing the user in a Fin Agent conversation.
        conversation_metadata (RunFinProcedureBodyConversationMetadata | Unset | None): Metadata about the conversation.
            Only attributes are accepted (no history).
        message (FinAgentMessage | Unset | None): A message exchanged within a Fin Agent conversation.
        settings (RunFinProcedureBodySettings | Unset | None): Optional settings to control Fin's behaviour for this
            procedure run.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    conversation_id: str
    user: FinAgentUser
    conversation_metadata: RunFinProcedureBodyConversationMetadata | Unset | None = UNSET
    message: FinAgentMessage | Unset | None = UNSET
    settings: RunFinProcedureBodySettings | Unset | None = UNSET
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
        _v = self.user
        if _v is not UNSET:
            _d["user"] = None if _v is None else to_jsonable(_v)
        _v = self.conversation_metadata
        if _v is not UNSET:
            _d["conversation_metadata"] = None if _v is None else to_jsonable(_v)
        _v = self.message
        if _v is not UNSET:
            _d["message"] = None if _v is None else to_jsonable(_v)
        _v = self.settings
        if _v is not UNSET:
            _d["settings"] = None if _v is None else to_jsonable(_v)
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("conversation_id", "conversation_id", check_str, True),
            FieldSpec("user", "user", FinAgentUser.from_dict, True),
            FieldSpec(
                "conversation_metadata",
                "conversation_metadata",
                RunFinProcedureBodyConversationMetadata.from_dict,
                False,
            ),
            FieldSpec("message", "message", FinAgentMessage.from_dict, False),
            FieldSpec("settings", "settings", RunFinProcedureBodySettings.from_dict, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="RunFinProcedureBody")
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
            if "user" not in _d:
                raise KeyError("user")
            if _state["user"] is None:
                raise WrongType("a value", None)
            _v = _state["user"]
            if _v is not None:
                _v = FinAgentUser.from_dict(_v)

            _state["user"] = _v
            _v = _state["conversation_metadata"]
            if _v is not None and _v is not UNSET:
                _v = RunFinProcedureBodyConversationMetadata.from_dict(_v)

            _state["conversation_metadata"] = _v
            _v = _state["message"]
            if _v is not None and _v is not UNSET:
                _v = FinAgentMessage.from_dict(_v)

            _state["message"] = _v
            _v = _state["settings"]
            if _v is not None and _v is not UNSET:
                _v = RunFinProcedureBodySettings.from_dict(_v)

            _state["settings"] = _v
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class RunFinProcedureBodyDict(TypedDict, total=False):
    """:class:`RunFinProcedureBody` written as a dict literal (JSON field names), e.g. as a request body."""

    conversation_id: Required[str]
    user: Required[FinAgentUser | FinAgentUserDict]
    conversation_metadata: RunFinProcedureBodyConversationMetadata | RunFinProcedureBodyConversationMetadataDict
    message: FinAgentMessage | FinAgentMessageDict
    settings: RunFinProcedureBodySettings | RunFinProcedureBodySettingsDict


# Imported last, so that models that refer to each other can import each other.
from ..models.fin_agent_message import FinAgentMessage
from ..models.fin_agent_user import FinAgentUser
from ..models.run_fin_procedure_body_conversation_metadata import RunFinProcedureBodyConversationMetadata
from ..models.run_fin_procedure_body_settings import RunFinProcedureBodySettings
