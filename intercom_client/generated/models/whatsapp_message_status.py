# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.whatsapp_message_status_status import WhatsappMessageStatusStatus
from ..types import (
    UNSET,
    Unset,
    WrongType,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.whatsapp_message_status_error import WhatsappMessageStatusError


_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
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
        conversation_id (str | Unset): ID of the conversation Example: 123456789.
        created_at (int | Unset): Creation timestamp Example: 1734537980.
        error (None | Unset | WhatsappMessageStatusError):
        message_id (str | Unset): The WhatsApp message ID Example: wamid_abc123.
        status (WhatsappMessageStatusStatus | Unset): Current delivery status of the message Example: delivered.
        template_name (str | Unset): Name of the WhatsApp template used Example: appointment_reminder.
        type_ (str | Unset): Event type Example: broadcast_outbound.
        updated_at (int | Unset): Last update timestamp Example: 1734538000.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    conversation_id: str | None | Unset = UNSET
    created_at: int | None | Unset = UNSET
    error: None | WhatsappMessageStatusError | None | Unset = UNSET
    message_id: str | None | Unset = UNSET
    status: WhatsappMessageStatusStatus | None | Unset = UNSET
    template_name: str | None | Unset = UNSET
    type_: str | None | Unset = UNSET
    updated_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.conversation_id
        if _v is not UNSET:
            _d["conversation_id"] = _v
        _v = self.created_at
        if _v is not UNSET:
            _d["created_at"] = _v
        _v = self.error
        if _v is not UNSET:
            _d["error"] = None if _v is None else to_jsonable(_v)
        _v = self.message_id
        if _v is not UNSET:
            _d["message_id"] = _v
        _v = self.status
        if _v is not UNSET:
            _d["status"] = _v
        _v = self.template_name
        if _v is not UNSET:
            _d["template_name"] = _v
        _v = self.type_
        if _v is not UNSET:
            _d["type"] = _v
        _v = self.updated_at
        if _v is not UNSET:
            _d["updated_at"] = _v
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="WhatsappMessageStatus")
            _d = dict(_d)
        _f = ""
        try:
            conversation_id = _d.get("conversation_id", UNSET)
            if conversation_id.__class__ is dict or conversation_id.__class__ is list:
                raise WrongType("string", conversation_id, "conversation_id")

            created_at = _d.get("created_at", UNSET)
            if created_at.__class__ is dict or created_at.__class__ is list:
                raise WrongType("integer", created_at, "created_at")

            error = _d.get("error", UNSET)
            if error is not None and error is not UNSET:
                _f = "error"
                error = WhatsappMessageStatusError.from_dict(error)

            message_id = _d.get("message_id", UNSET)
            if message_id.__class__ is dict or message_id.__class__ is list:
                raise WrongType("string", message_id, "message_id")

            status = _d.get("status", UNSET)
            if status.__class__ is dict or status.__class__ is list:
                raise WrongType("string", status, "status")

            template_name = _d.get("template_name", UNSET)
            if template_name.__class__ is dict or template_name.__class__ is list:
                raise WrongType("string", template_name, "template_name")

            type_ = _d.get("type", UNSET)
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            updated_at = _d.get("updated_at", UNSET)
            if updated_at.__class__ is dict or updated_at.__class__ is list:
                raise WrongType("integer", updated_at, "updated_at")

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
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="WhatsappMessageStatus", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("WhatsappMessageStatus", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(
                str(exc), model="WhatsappMessageStatus", path=(field,) if field else ()
            ) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="WhatsappMessageStatus", path=(_f,) if _f else ()) from None
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.whatsapp_message_status_error import WhatsappMessageStatusError  # noqa: E402
