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
    parse_uuid,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.quick_reply_option_with_translations_translations import QuickReplyOptionWithTranslationsTranslations


_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "text",
        "uuid",
        "translations",
    }
)


@_attrs_define(kw_only=True)
class QuickReplyOptionWithTranslations:
    """
    Attributes:
        text (str): The text to display in this quick reply option.
        uuid (UUID): A unique identifier for this quick reply option. This value will be available within the metadata
            of the comment conversation part that is created when a user clicks on this reply option.
        translations (None | QuickReplyOptionWithTranslationsTranslations | Unset):
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    text: str | None
    uuid: UUID | None
    translations: None | QuickReplyOptionWithTranslationsTranslations | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.text
        if _v is not UNSET:
            _d["text"] = _v
        _v = self.uuid
        if _v is not UNSET:
            _d["uuid"] = None if _v is None else to_jsonable(_v)
        _v = self.translations
        if _v is not UNSET:
            _d["translations"] = None if _v is None else to_jsonable(_v)
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="QuickReplyOptionWithTranslations"
                )
            _d = dict(_d)
        _f = ""
        try:
            text = _d["text"]
            if text.__class__ is dict or text.__class__ is list:
                raise WrongType("string", text, "text")

            uuid = _d["uuid"]
            if uuid is not None:
                _f = "uuid"
                uuid = parse_uuid(uuid)

            translations = _d.get("translations", UNSET)
            if translations is not None and translations is not UNSET:
                _f = "translations"
                translations = QuickReplyOptionWithTranslationsTranslations.from_dict(translations)

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.text = text
            _obj.uuid = uuid
            _obj.translations = translations
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="QuickReplyOptionWithTranslations", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("QuickReplyOptionWithTranslations", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(
                str(exc), model="QuickReplyOptionWithTranslations", path=(field,) if field else ()
            ) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(
                str(exc), model="QuickReplyOptionWithTranslations", path=(_f,) if _f else ()
            ) from None
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.quick_reply_option_with_translations_translations import QuickReplyOptionWithTranslationsTranslations  # noqa: E402
