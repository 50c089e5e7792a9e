# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.register_fin_voice_call_request_source import (
    RegisterFinVoiceCallRequestSource,
)
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
    from ..models.register_fin_voice_call_request_data import (
        RegisterFinVoiceCallRequestData,
        RegisterFinVoiceCallRequestDataDict,
    )


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "call_id": UNSET,
    "phone_number": UNSET,
    "data": UNSET,
    "source": UNSET,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "call_id",
        "phone_number",
        "data",
        "source",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class RegisterFinVoiceCallRequest:
    """Register a Fin Voice call with Intercom

    Attributes:
        call_id (str): External call identifier from the call provider Example: call-123-abc.
        phone_number (str): Phone number in E.164 format for the call Example: +1234567890.
        data (RegisterFinVoiceCallRequestData | Unset | None):
        source (RegisterFinVoiceCallRequestSource | Unset | None): Source of the call. Can be "five9", "zoom_phone", or
            defaults to "aws_connect" Example: aws_connect.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    call_id: str
    phone_number: str
    data: RegisterFinVoiceCallRequestData | Unset | None = UNSET
    source: RegisterFinVoiceCallRequestSource | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.call_id
        if _v is not UNSET:
            _d["call_id"] = _v
        _v = self.phone_number
        if _v is not UNSET:
            _d["phone_number"] = _v
        _v = self.data
        if _v is not UNSET:
            _d["data"] = None if _v is None else to_jsonable(_v)
        _v = self.source
        if _v is not UNSET:
            _d["source"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("call_id", "call_id", check_str, True),
            FieldSpec("phone_number", "phone_number", check_str, True),
            FieldSpec("data", "data", RegisterFinVoiceCallRequestData.from_dict, False),
            FieldSpec("source", "source", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="RegisterFinVoiceCallRequest"
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
            if "call_id" not in _d:
                raise KeyError("call_id")
            if _state["call_id"] is None:
                raise WrongType("a value", None)
            if "phone_number" not in _d:
                raise KeyError("phone_number")
            if _state["phone_number"] is None:
                raise WrongType("a value", None)
            _v = _state["data"]
            if _v is not None and _v is not UNSET:
                _v = RegisterFinVoiceCallRequestData.from_dict(_v)

            _state["data"] = _v
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class RegisterFinVoiceCallRequestDict(TypedDict, total=False):
    """:class:`RegisterFinVoiceCallRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    call_id: Required[str]
    phone_number: Required[str]
    data: RegisterFinVoiceCallRequestData | RegisterFinVoiceCallRequestDataDict | None
    source: RegisterFinVoiceCallRequestSource


# Imported last, so that models that refer to each other can import each other.
from ..models.register_fin_voice_call_request_data import RegisterFinVoiceCallRequestData
