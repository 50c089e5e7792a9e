# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.whatsapp_message_status_status import WhatsappMessageStatusStatus
from ..types import (
    DECODE_ERRORS,
    DecodingIssue,
    FieldSpec,
    Pending,
    check_int,
    check_str,
    decode_leniently,
    install_lazy_fields,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.whatsapp_message_status_error import WhatsappMessageStatusError


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "conversation_id": None,
    "created_at": None,
    "error": None,
    "message_id": None,
    "status": None,
    "template_name": None,
    "type_": None,
    "updated_at": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "conversation_id",
        "created_at",
        "error",
        "message_id",
        "status",
        "template_name",
        "type",
        "updated_at",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class WhatsappMessageStatus:
    """The delivery status of a specific WhatsApp message.

    Attributes:
        conversation_id (str | None): ID of the conversation Example: 123456789.
        created_at (int | None): Creation timestamp Example: 1734537980.
        error (WhatsappMessageStatusError | None):
        message_id (str | None): The WhatsApp message ID Example: wamid_abc123.
        status (WhatsappMessageStatusStatus | None): Current delivery status of the message Example: delivered.
        template_name (str | None): Name of the WhatsApp template used Example: appointment_reminder.
        type_ (str | None): Event type Example: broadcast_outbound.
        updated_at (int | None): Last update timestamp Example: 1734538000.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    conversation_id: str | None = None
    created_at: int | None = None
    error: WhatsappMessageStatusError | None = None
    message_id: str | None = None
    status: WhatsappMessageStatusStatus | None = None
    template_name: str | None = None
    type_: str | None = None
    updated_at: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.conversation_id
        if _v is not None:
            _d["conversation_id"] = _v
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = _v
        _v = self.error
        if _v is not None:
            _d["error"] = to_jsonable(_v)
        _v = self.message_id
        if _v is not None:
            _d["message_id"] = _v
        _v = self.status
        if _v is not None:
            _d["status"] = _v
        _v = self.template_name
        if _v is not None:
            _d["template_name"] = _v
        _v = self.type_
        if _v is not None:
            _d["type"] = _v
        _v = self.updated_at
        if _v is not None:
            _d["updated_at"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("conversation_id", "conversation_id", check_str, False),
            FieldSpec("created_at", "created_at", check_int, False),
            FieldSpec("error", "error", WhatsappMessageStatusError.from_dict, False),
            FieldSpec("message_id", "message_id", check_str, False),
            FieldSpec("status", "status", check_str, False),
            FieldSpec("template_name", "template_name", check_str, False),
            FieldSpec("type", "type_", check_str, False),
            FieldSpec("updated_at", "updated_at", check_int, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="WhatsappMessageStatus")
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
            _v = _state["error"]
            if _v is not None and _v.__class__ is not dict:
                _state["error"] = Pending(_v)
            if "type" in _d:
                _state["type_"] = _state.pop("type")
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.whatsapp_message_status_error import WhatsappMessageStatusError

install_lazy_fields(WhatsappMessageStatus, ("error",))
