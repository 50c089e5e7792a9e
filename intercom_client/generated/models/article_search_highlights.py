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
    from ..models.article_search_highlights_highlighted_summary_item_item import (
        ArticleSearchHighlightsHighlightedSummaryItemItem,
    )
    from ..models.article_search_highlights_highlighted_title_item import ArticleSearchHighlightsHighlightedTitleItem


def _decode_highlighted_summary_item(data: Any) -> list[ArticleSearchHighlightsHighlightedSummaryItemItem]:
    return decode_list(data, ArticleSearchHighlightsHighlightedSummaryItemItem.from_dict)


def _decode_highlighted_summary(data: Any) -> list[list[ArticleSearchHighlightsHighlightedSummaryItemItem]]:
    return decode_list(data, _decode_highlighted_summary_item)


def _decode_highlighted_title(data: Any) -> list[ArticleSearchHighlightsHighlightedTitleItem]:
    return decode_list(data, ArticleSearchHighlightsHighlightedTitleItem.from_dict)


_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "article_id",
        "highlighted_summary",
        "highlighted_title",
    }
)


@_attrs_define(kw_only=True)
class ArticleSearchHighlights:
    """The highlighted results of an Article search. In the examples provided my search query is always "my query".

    Attributes:
        article_id (str | Unset): The ID of the corresponding article. Example: 123.
        highlighted_summary (list[list[ArticleSearchHighlightsHighlightedSummaryItemItem]] | Unset): An Article
            description and body text highlighted.
        highlighted_title (list[ArticleSearchHighlightsHighlightedTitleItem] | Unset): An Article title highlighted.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    article_id: str | None | Unset = UNSET
    highlighted_summary: list[list[ArticleSearchHighlightsHighlightedSummaryItemItem]] | None | Unset = UNSET
    highlighted_title: list[ArticleSearchHighlightsHighlightedTitleItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.article_id
        if _v is not UNSET:
            _d["article_id"] = _v
        _v = self.highlighted_summary
        if _v is not UNSET:
            _d["highlighted_summary"] = None if _v is None else to_jsonable(_v)
        _v = self.highlighted_title
        if _v is not UNSET:
            _d["highlighted_title"] = None if _v is None else to_jsonable(_v)
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="ArticleSearchHighlights"
                )
            _d = dict(_d)
        _f = ""
        try:
            article_id = _d.get("article_id", UNSET)
            if article_id.__class__ is dict or article_id.__class__ is list:
                raise WrongType("string", article_id, "article_id")

            highlighted_summary = _d.get("highlighted_summary", UNSET)
            if highlighted_summary is not None and highlighted_summary is not UNSET:
                _f = "highlighted_summary"
                highlighted_summary = _decode_highlighted_summary(highlighted_summary)

            highlighted_title = _d.get("highlighted_title", UNSET)
            if highlighted_title is not None and highlighted_title is not UNSET:
                _f = "highlighted_title"
                highlighted_title = _decode_highlighted_title(highlighted_title)

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.article_id = article_id
            _obj.highlighted_summary = highlighted_summary
            _obj.highlighted_title = highlighted_title
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="ArticleSearchHighlights", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("ArticleSearchHighlights", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(
                str(exc), model="ArticleSearchHighlights", path=(field,) if field else ()
            ) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="ArticleSearchHighlights", path=(_f,) if _f else ()) from None
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.article_search_highlights_highlighted_summary_item_item import (
    ArticleSearchHighlightsHighlightedSummaryItemItem,  # noqa: E402
)
from ..models.article_search_highlights_highlighted_title_item import ArticleSearchHighlightsHighlightedTitleItem  # noqa: E402
