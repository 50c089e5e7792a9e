# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
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
        "side_conversation_id",
        "total_count",
    }
)


@_attrs_define(kw_only=True)
class SideConversationSummary:
    """A side conversation with its conversation parts.

    Attributes:
        conversation_parts (list[ConversationPart] | Unset): The conversation parts (messages) in this side
            conversation.
        side_conversation_id (str | Unset): The unique identifier for the side conversation. Example: 456.
        total_count (int | Unset): The total number of conversation parts in this side conversation. Example: 1.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    conversation_parts: list[ConversationPart] | None | Unset = UNSET
    side_conversation_id: str | None | Unset = UNSET
    total_count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.conversation_parts
        if _v is not UNSET:
            _d["conversation_parts"] = None if _v is None else to_jsonable(_v)
        _v = self.side_conversation_id
        if _v is not UNSET:
            _d["side_conversation_id"] = _v
        _v = self.total_count
        if _v is not UNSET:
            _d["total_count"] = _v
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="SideConversationSummary"
                )
            _d = dict(_d)
        _f = ""
        try:
            conversation_parts = _d.get("conversation_parts", UNSET)
            if conversation_parts is not None and conversation_parts is not UNSET:
                _f = "conversation_parts"
                conversation_parts = _decode_conversation_parts(conversation_parts)

            side_conversation_id = _d.get("side_conversation_id", UNSET)
            if side_conversation_id.__class__ is dict or side_conversation_id.__class__ is list:
                raise WrongType("string", side_conversation_id, "side_conversation_id")

            total_count = _d.get("total_count", UNSET)
            if total_count.__class__ is dict or total_count.__class__ is list:
                raise WrongType("integer", total_count, "total_count")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.conversation_parts = conversation_parts
            _obj.side_conversation_id = side_conversation_id
            _obj.total_count = total_count
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="SideConversationSummary", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("SideConversationSummary", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(
                str(exc), model="SideConversationSummary", path=(field,) if field else ()
            ) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="SideConversationSummary", path=(_f,) if _f else ()) from None
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.conversation_part import ConversationPart  # noqa: E402
