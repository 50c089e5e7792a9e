# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
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


@_attrs_define(kw_only=True)
class WhatsappMessageStatus:
    """The delivery status of a specific WhatsApp message.

    Attributes:
        conversation_id (str): ID of the conversation Example: 123456789.
        created_at (int): Creation timestamp Example: 1734537980.
        error (None | Unset | WhatsappMessageStatusError):
        message_id (str): The WhatsApp message ID Example: wamid_abc123.
        status (WhatsappMessageStatusStatus): Current delivery status of the message Example: delivered.
        template_name (str): Name of the WhatsApp template used Example: appointment_reminder.
        type_ (str): Event type Example: broadcast_outbound.
        updated_at (int): Last update timestamp Example: 1734538000.
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
        try:
            conversation_id: Any = _d.get("conversation_id")

            created_at: Any = _d.get("created_at")

            error: Any = _d.get("error")
            if error is not None:
                error = Pending(error)
            message_id: Any = _d.get("message_id")

            status: Any = _d.get("status")

            template_name: Any = _d.get("template_name")

            type_: Any = _d.get("type")

            updated_at: Any = _d.get("updated_at")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.conversation_id = conversation_id
            _obj.created_at = created_at
            _obj.error = error
            _obj.message_id = message_id
            _obj.status = status
            _obj.template_name = template_name
            _obj.type_ = type_
            _obj.updated_at = updated_at
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.whatsapp_message_status_error import WhatsappMessageStatusError

install_lazy_fields(WhatsappMessageStatus, ("error",))
