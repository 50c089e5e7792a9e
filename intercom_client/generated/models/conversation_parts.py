# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.conversation_parts_type import ConversationPartsType
from ..types import (
    UNSET,
    Unset,
    WrongType,
    decode_list,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.conversation_part import ConversationPart


def _decode_conversation_parts(data: Any) -> list[ConversationPart]:
    return decode_list(data, ConversationPart.from_dict)


_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "conversation_parts",
        "total_count",
        "type",
    }
)


@_attrs_define(kw_only=True)
class ConversationParts:
    """A list of Conversation Part objects for each part message in the conversation. This is only returned when Retrieving
    a Conversation, and ignored when Listing all Conversations. There is a limit of 500 parts.

        Attributes:
            conversation_parts (list[ConversationPart] | Unset): A list of Conversation Part objects for each part message
                in the conversation. This is only returned when Retrieving a Conversation, and ignored when Listing all
                Conversations. There is a limit of 500 parts.
            total_count (int | Unset):  Example: 1.
            type_ (ConversationPartsType | Unset):  Example: conversation_part.list.
            additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    conversation_parts: list[ConversationPart] | None | Unset = UNSET
    total_count: int | None | Unset = UNSET
    type_: ConversationPartsType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "conversation_part.list"),)
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.conversation_parts
        if _v is not UNSET:
            _d["conversation_parts"] = None if _v is None else to_jsonable(_v)
        _v = self.total_count
        if _v is not UNSET:
            _d["total_count"] = _v
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
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="ConversationParts")
            _d = dict(_d)
        _f = ""
        try:
            conversation_parts = _d.get("conversation_parts", UNSET)
            if conversation_parts is not None and conversation_parts is not UNSET:
                _f = "conversation_parts"
                conversation_parts = _decode_conversation_parts(conversation_parts)

            total_count = _d.get("total_count", UNSET)
            if total_count.__class__ is dict or total_count.__class__ is list:
                raise WrongType("integer", total_count, "total_count")

            type_ = _d.get("type", UNSET)
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.conversation_parts = conversation_parts
            _obj.total_count = total_count
            _obj.type_ = type_
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="ConversationParts", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("ConversationParts", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="ConversationParts", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="ConversationParts", path=(_f,) if _f else ()) from None
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.conversation_part import ConversationPart  # noqa: E402
