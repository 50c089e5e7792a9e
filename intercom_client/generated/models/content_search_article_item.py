# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.content_search_article_item_type import (
    ContentSearchArticleItemType,
)
from ..types import (
    UNSET,
    Unset,
    WrongType,
    decode_list,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.content_search_article_content_item import ContentSearchArticleContentItem


def _decode_contents(data: Any) -> list[ContentSearchArticleContentItem]:
    return decode_list(data, ContentSearchArticleContentItem.from_dict)


_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "type",
        "contents",
        "id",
        "title",
    }
)


@_attrs_define(kw_only=True)
class ContentSearchArticleItem:
    """A help center article result from Knowledge Hub search, with one nested `article_content` entry per locale.

    Attributes:
        type_ (ContentSearchArticleItemType): Always `article`. Example: article.
        contents (list[ContentSearchArticleContentItem] | Unset): One entry per locale of the article.
        id (str | Unset): The unique identifier of the article. Example: 345.
        title (str | Unset): The article's canonical title. Example: Billing FAQ.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    type_: ContentSearchArticleItemType | None
    contents: list[ContentSearchArticleContentItem] | None | Unset = UNSET
    id: str | None | Unset = UNSET
    title: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "article"),)
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.type_
        if _v is not UNSET:
            _d["type"] = _v
        _v = self.contents
        if _v is not UNSET:
            _d["contents"] = None if _v is None else to_jsonable(_v)
        _v = self.id
        if _v is not UNSET:
            _d["id"] = _v
        _v = self.title
        if _v is not UNSET:
            _d["title"] = _v
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="ContentSearchArticleItem"
                )
            _d = dict(_d)
        _f = ""
        try:
            type_ = _d["type"]
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            contents = _d.get("contents", UNSET)
            if contents is not None and contents is not UNSET:
                _f = "contents"
                contents = _decode_contents(contents)

            id = _d.get("id", UNSET)
            if id.__class__ is dict or id.__class__ is list:
                raise WrongType("string", id, "id")

            title = _d.get("title", UNSET)
            if title.__class__ is dict or title.__class__ is list:
                raise WrongType("string", title, "title")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.type_ = type_
            _obj.contents = contents
            _obj.id = id
            _obj.title = title
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="ContentSearchArticleItem", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("ContentSearchArticleItem", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(
                str(exc), model="ContentSearchArticleItem", path=(field,) if field else ()
            ) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="ContentSearchArticleItem", path=(_f,) if _f else ()) from None
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.content_search_article_content_item import ContentSearchArticleContentItem  # noqa: E402
