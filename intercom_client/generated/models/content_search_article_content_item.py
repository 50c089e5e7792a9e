# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.content_search_article_content_item_type import (
    ContentSearchArticleContentItemType,
)
from ..types import (
    UNSET,
    Unset,
    WrongType,
)

_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "id",
        "locale",
        "title",
        "type",
    }
)


@_attrs_define(kw_only=True)
class ContentSearchArticleContentItem:
    """A single locale variant of a help center article returned from Knowledge Hub search.

    Attributes:
        id (str | Unset): The unique identifier of the article content. Example: 678.
        locale (str | Unset): The locale of this article content. Example: en.
        title (str | Unset): The localized title of the article. Example: Billing FAQ.
        type_ (ContentSearchArticleContentItemType | Unset): Always `article_content`. Example: article_content.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str | None | Unset = UNSET
    locale: str | None | Unset = UNSET
    title: str | None | Unset = UNSET
    type_: ContentSearchArticleContentItemType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "article_content"),)
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.id
        if _v is not UNSET:
            _d["id"] = _v
        _v = self.locale
        if _v is not UNSET:
            _d["locale"] = _v
        _v = self.title
        if _v is not UNSET:
            _d["title"] = _v
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
                    f"expected object, got {type(_d).__name__}", model="ContentSearchArticleContentItem"
                )
            _d = dict(_d)
        _f = ""
        try:
            id = _d.get("id", UNSET)
            if id.__class__ is dict or id.__class__ is list:
                raise WrongType("string", id, "id")

            locale = _d.get("locale", UNSET)
            if locale.__class__ is dict or locale.__class__ is list:
                raise WrongType("string", locale, "locale")

            title = _d.get("title", UNSET)
            if title.__class__ is dict or title.__class__ is list:
                raise WrongType("string", title, "title")

            type_ = _d.get("type", UNSET)
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.id = id
            _obj.locale = locale
            _obj.title = title
            _obj.type_ = type_
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="ContentSearchArticleContentItem", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("ContentSearchArticleContentItem", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(
                str(exc), model="ContentSearchArticleContentItem", path=(field,) if field else ()
            ) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(
                str(exc), model="ContentSearchArticleContentItem", path=(_f,) if _f else ()
            ) from None
        return _obj
