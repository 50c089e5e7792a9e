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
    from ..models.article import Article
    from ..models.article_search_highlights import ArticleSearchHighlights


def _decode_articles(data: Any) -> list[Article]:
    return decode_list(data, Article.from_dict)


def _decode_highlights(data: Any) -> list[ArticleSearchHighlights]:
    return decode_list(data, ArticleSearchHighlights.from_dict)


_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "articles",
        "highlights",
    }
)


@_attrs_define(kw_only=True)
class ArticleSearchResponseData:
    """An object containing the results of the search.

    Attributes:
        articles (list[Article] | Unset): An array of Article objects
        highlights (list[ArticleSearchHighlights] | Unset): A corresponding array of highlighted Article content
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    articles: list[Article] | None | Unset = UNSET
    highlights: list[ArticleSearchHighlights] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.articles
        if _v is not UNSET:
            _d["articles"] = None if _v is None else to_jsonable(_v)
        _v = self.highlights
        if _v is not UNSET:
            _d["highlights"] = None if _v is None else to_jsonable(_v)
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="ArticleSearchResponseData"
                )
            _d = dict(_d)
        _f = ""
        try:
            articles = _d.get("articles", UNSET)
            if articles is not None and articles is not UNSET:
                _f = "articles"
                articles = _decode_articles(articles)

            highlights = _d.get("highlights", UNSET)
            if highlights is not None and highlights is not UNSET:
                _f = "highlights"
                highlights = _decode_highlights(highlights)

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.articles = articles
            _obj.highlights = highlights
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="ArticleSearchResponseData", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("ArticleSearchResponseData", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(
                str(exc), model="ArticleSearchResponseData", path=(field,) if field else ()
            ) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="ArticleSearchResponseData", path=(_f,) if _f else ()) from None
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.article import Article  # noqa: E402
from ..models.article_search_highlights import ArticleSearchHighlights  # noqa: E402
