# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    UNSET,
    Unset,
    WrongType,
    decode_list,
    parse_uuid,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.quick_reply_option_with_translations import QuickReplyOptionWithTranslations


def _decode_quick_reply_options(data: Any) -> list[QuickReplyOptionWithTranslations]:
    return decode_list(data, QuickReplyOptionWithTranslations.from_dict)


_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "quick_reply_options",
        "quick_reply_uuid",
    }
)


@_attrs_define(kw_only=True)
class ConversationPartMetadata:
    """Metadata for a conversation part

    Attributes:
        quick_reply_options (list[QuickReplyOptionWithTranslations] | Unset): The quick reply options sent by the Admin
            or bot, presented in this conversation part.
        quick_reply_uuid (UUID | Unset): The unique identifier for the quick reply option that was clicked by the end
            user. Example: 123e4567-e89b-12d3-a456-426614174000.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    quick_reply_options: list[QuickReplyOptionWithTranslations] | None | Unset = UNSET
    quick_reply_uuid: UUID | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.quick_reply_options
        if _v is not UNSET:
            _d["quick_reply_options"] = None if _v is None else to_jsonable(_v)
        _v = self.quick_reply_uuid
        if _v is not UNSET:
            _d["quick_reply_uuid"] = None if _v is None else to_jsonable(_v)
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="ConversationPartMetadata"
                )
            _d = dict(_d)
        _f = ""
        try:
            quick_reply_options = _d.get("quick_reply_options", UNSET)
            if quick_reply_options is not None and quick_reply_options is not UNSET:
                _f = "quick_reply_options"
                quick_reply_options = _decode_quick_reply_options(quick_reply_options)

            quick_reply_uuid = _d.get("quick_reply_uuid", UNSET)
            if quick_reply_uuid is not None and quick_reply_uuid is not UNSET:
                _f = "quick_reply_uuid"
                quick_reply_uuid = parse_uuid(quick_reply_uuid)

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.quick_reply_options = quick_reply_options
            _obj.quick_reply_uuid = quick_reply_uuid
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="ConversationPartMetadata", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("ConversationPartMetadata", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(
                str(exc), model="ConversationPartMetadata", path=(field,) if field else ()
            ) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="ConversationPartMetadata", path=(_f,) if _f else ()) from None
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.quick_reply_option_with_translations import QuickReplyOptionWithTranslations  # noqa: E402
