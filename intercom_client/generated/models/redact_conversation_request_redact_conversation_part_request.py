# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.redact_conversation_request_redact_conversation_part_request_type import (
    RedactConversationRequestRedactConversationPartRequestType,
)
from ..types import (
    UNSET,
    WrongType,
)

_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "conversation_id",
        "conversation_part_id",
        "type",
    }
)


@_attrs_define(kw_only=True)
class RedactConversationRequestRedactConversationPartRequest:
    """Payload of the request to redact a conversation part

    Attributes:
        conversation_id (str): The id of the conversation. Example: 19894788788.
        conversation_part_id (str): The id of the conversation_part. Example: 19381789428.
        type_ (RedactConversationRequestRedactConversationPartRequestType): The type of resource being redacted.
            Example: conversation_part.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    conversation_id: str | None
    conversation_part_id: str | None
    type_: RedactConversationRequestRedactConversationPartRequestType | None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "conversation_part"),)
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.conversation_id
        if _v is not UNSET:
            _d["conversation_id"] = _v
        _v = self.conversation_part_id
        if _v is not UNSET:
            _d["conversation_part_id"] = _v
        _v = self.type_
        if _v is not UNSET:
            _d["type"] = _v
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}",
                    model="RedactConversationRequestRedactConversationPartRequest",
                )
            _d = dict(_d)
        _f = ""
        try:
            conversation_id = _d["conversation_id"]
            if conversation_id.__class__ is dict or conversation_id.__class__ is list:
                raise WrongType("string", conversation_id, "conversation_id")

            conversation_part_id = _d["conversation_part_id"]
            if conversation_part_id.__class__ is dict or conversation_part_id.__class__ is list:
                raise WrongType("string", conversation_part_id, "conversation_part_id")

            type_ = _d["type"]
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.conversation_id = conversation_id
            _obj.conversation_part_id = conversation_part_id
            _obj.type_ = type_
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing",
                model="RedactConversationRequestRedactConversationPartRequest",
                path=(exc.args[0],),
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("RedactConversationRequestRedactConversationPartRequest", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(
                str(exc), model="RedactConversationRequestRedactConversationPartRequest", path=(field,) if field else ()
            ) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(
                str(exc), model="RedactConversationRequestRedactConversationPartRequest", path=(_f,) if _f else ()
            ) from None
        return _obj
