# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    DECODE_ERRORS,
    DecodingIssue,
    FieldSpec,
    Pending,
    check_int,
    check_str,
    decode_leniently,
    decode_list,
    install_lazy_fields,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.ai_call_response_call_transcript_item import AiCallResponseCallTranscriptItem
    from ..models.ai_call_response_intent_item import AiCallResponseIntentItem


def _decode_call_transcript(data: Any) -> list[AiCallResponseCallTranscriptItem]:
    return decode_list(data, AiCallResponseCallTranscriptItem.from_dict)


def _decode_intent(data: Any) -> list[AiCallResponseIntentItem]:
    return decode_list(data, AiCallResponseIntentItem.from_dict)


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "app_id": None,
    "call_summary": None,
    "call_transcript": None,
    "external_call_id": None,
    "id": None,
    "intent": None,
    "intercom_call_id": None,
    "intercom_conversation_id": None,
    "status": None,
    "user_phone_number": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "app_id",
        "call_summary",
        "call_transcript",
        "external_call_id",
        "id",
        "intent",
        "intercom_call_id",
        "intercom_conversation_id",
        "status",
        "user_phone_number",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class AiCallResponse:
    """Response containing information about a Fin Voice call

    Attributes:
        app_id (int | None): The workspace identifier Example: 12345.
        call_summary (str | None): Summary of the call conversation, truncated to 256 characters. Empty string if no
            summary available. Example: Customer called about billing issue....
        call_transcript (list[AiCallResponseCallTranscriptItem] | None): Array of transcript entries for the call
            Example: [].
        external_call_id (str | None): The external call identifier from the call provider Example: call-123-abc.
        id (int | None): The unique identifier for the external reference Example: 12345.
        intent (list[AiCallResponseIntentItem] | None): Array of intent classifications for the call Example: [].
        intercom_call_id (str | None): The Intercom call identifier, if the call has been matched Example: 1234.
        intercom_conversation_id (str | None): The Intercom conversation identifier, if a conversation has been created
            Example: 5678.
        status (str | None): Status of the call. Can be "registered", "in-progress", or a resolution state Example:
            registered.
        user_phone_number (str | None): Phone number in E.164 format for the call Example: +1234567890.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    app_id: int | None = None
    call_summary: str | None = None
    call_transcript: list[AiCallResponseCallTranscriptItem] | None = None
    external_call_id: str | None = None
    id: int | None = None
    intent: list[AiCallResponseIntentItem] | None = None
    intercom_call_id: str | None = None
    intercom_conversation_id: str | None = None
    status: str | None = None
    user_phone_number: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.app_id
        if _v is not None:
            _d["app_id"] = _v
        _v = self.call_summary
        if _v is not None:
            _d["call_summary"] = _v
        _v = self.call_transcript
        if _v is not None:
            _d["call_transcript"] = to_jsonable(_v)
        _v = self.external_call_id
        if _v is not None:
            _d["external_call_id"] = _v
        _v = self.id
        if _v is not None:
            _d["id"] = _v
        _v = self.intent
        if _v is not None:
            _d["intent"] = to_jsonable(_v)
        _v = self.intercom_call_id
        if _v is not None:
            _d["intercom_call_id"] = to_jsonable(_v)
        _v = self.intercom_conversation_id
        if _v is not None:
            _d["intercom_conversation_id"] = to_jsonable(_v)
        _v = self.status
        if _v is not None:
            _d["status"] = _v
        _v = self.user_phone_number
        if _v is not None:
            _d["user_phone_number"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("app_id", "app_id", check_int, False),
            FieldSpec("call_summary", "call_summary", check_str, False),
            FieldSpec("call_transcript", "call_transcript", _decode_call_transcript, False),
            FieldSpec("external_call_id", "external_call_id", check_str, False),
            FieldSpec("id", "id", check_int, False),
            FieldSpec("intent", "intent", _decode_intent, False),
            FieldSpec("intercom_call_id", "intercom_call_id", check_str, False),
            FieldSpec("intercom_conversation_id", "intercom_conversation_id", check_str, False),
            FieldSpec("status", "status", check_str, False),
            FieldSpec("user_phone_number", "user_phone_number", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="AiCallResponse")
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
            if _state["call_transcript"] is not None:
                _state["call_transcript"] = Pending(_state["call_transcript"])
            if _state["intent"] is not None:
                _state["intent"] = Pending(_state["intent"])
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.ai_call_response_call_transcript_item import AiCallResponseCallTranscriptItem
from ..models.ai_call_response_intent_item import AiCallResponseIntentItem

install_lazy_fields(
    AiCallResponse,
    (
        "call_transcript",
        "intent",
    ),
)
