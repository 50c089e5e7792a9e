# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.whatsapp_message_status_list_events_item_status import (
    WhatsappMessageStatusListEventsItemStatus,
)
from ..models.whatsapp_message_status_list_events_item_type import (
    WhatsappMessageStatusListEventsItemType,
)
from ..types import (
    DECODE_ERRORS,
    DecodingIssue,
    FieldSpec,
    WrongType,
    check_int,
    check_str,
    decode_leniently,
)

_new_instance = object.__new__
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "conversation_id",
        "created_at",
        "id",
        "status",
        "type",
        "updated_at",
        "whatsapp_message_id",
        "template_name",
    }
)


@_attrs_define(kw_only=True)
class WhatsappMessageStatusListEventsItem:
    """
    Attributes:
        conversation_id (str): ID of the conversation
        created_at (int): Creation timestamp
        id (str): Event ID
        status (WhatsappMessageStatusListEventsItemStatus): Current status of the message
        type_ (WhatsappMessageStatusListEventsItemType): Event type
        updated_at (int): Last update timestamp
        whatsapp_message_id (str): WhatsApp's message identifier
        template_name (str): Name of the WhatsApp template used
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    conversation_id: str
    created_at: int
    id: str
    status: WhatsappMessageStatusListEventsItemStatus
    type_: WhatsappMessageStatusListEventsItemType
    updated_at: int
    whatsapp_message_id: str
    template_name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "broadcast_outbound"),)
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
        _v = self.id
        if _v is not None:
            _d["id"] = _v
        _v = self.status
        if _v is not None:
            _d["status"] = _v
        _v = self.type_
        if _v is not None:
            _d["type"] = _v
        _v = self.updated_at
        if _v is not None:
            _d["updated_at"] = _v
        _v = self.whatsapp_message_id
        if _v is not None:
            _d["whatsapp_message_id"] = _v
        _v = self.template_name
        if _v is not None:
            _d["template_name"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("conversation_id", "conversation_id", check_str, True),
            FieldSpec("created_at", "created_at", check_int, True),
            FieldSpec("id", "id", check_str, True),
            FieldSpec("status", "status", check_str, True),
            FieldSpec("type", "type_", check_str, True),
            FieldSpec("updated_at", "updated_at", check_int, True),
            FieldSpec("whatsapp_message_id", "whatsapp_message_id", check_str, True),
            FieldSpec("template_name", "template_name", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="WhatsappMessageStatusListEventsItem"
                )
            _d = dict(_d)
        try:
            conversation_id: Any = _d["conversation_id"]
            if conversation_id is None:
                raise WrongType("a value", None)

            created_at: Any = _d["created_at"]
            if created_at is None:
                raise WrongType("a value", None)

            id: Any = _d["id"]
            if id is None:
                raise WrongType("a value", None)

            status: Any = _d["status"]
            if status is None:
                raise WrongType("a value", None)

            type_: Any = _d["type"]
            if type_ is None:
                raise WrongType("a value", None)

            updated_at: Any = _d["updated_at"]
            if updated_at is None:
                raise WrongType("a value", None)

            whatsapp_message_id: Any = _d["whatsapp_message_id"]
            if whatsapp_message_id is None:
                raise WrongType("a value", None)

            template_name: Any = _d.get("template_name")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.conversation_id = conversation_id
            _obj.created_at = created_at
            _obj.id = id
            _obj.status = status
            _obj.type_ = type_
            _obj.updated_at = updated_at
            _obj.whatsapp_message_id = whatsapp_message_id
            _obj.template_name = template_name
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        return _obj
