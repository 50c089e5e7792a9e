# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    DECODE_ERRORS,
    DecodingIssue,
    FieldSpec,
    Pending,
    check_str,
    decode_leniently,
    decode_list,
    install_lazy_fields,
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
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "article_id": None,
    "highlighted_summary": None,
    "highlighted_title": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "article_id",
        "highlighted_summary",
        "highlighted_title",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ArticleSearchHighlights:
    """The highlighted results of an Article search. In the examples provided my search query is always "my query".

    Attributes:
        article_id (str | None): The ID of the corresponding article. Example: 123.
        highlighted_summary (list[list[ArticleSearchHighlightsHighlightedSummaryItemItem]] | None): An Article
            description and body text highlighted.
        highlighted_title (list[ArticleSearchHighlightsHighlightedTitleItem] | None): An Article title highlighted.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    article_id: str | None = None
    highlighted_summary: list[list[ArticleSearchHighlightsHighlightedSummaryItemItem]] | None = None
    highlighted_title: list[ArticleSearchHighlightsHighlightedTitleItem] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.article_id
        if _v is not None:
            _d["article_id"] = _v
        _v = self.highlighted_summary
        if _v is not None:
            _d["highlighted_summary"] = to_jsonable(_v)
        _v = self.highlighted_title
        if _v is not None:
            _d["highlighted_title"] = to_jsonable(_v)
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("article_id", "article_id", check_str, False),
            FieldSpec("highlighted_summary", "highlighted_summary", _decode_highlighted_summary, False),
            FieldSpec("highlighted_title", "highlighted_title", _decode_highlighted_title, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="ArticleSearchHighlights"
                )
            _d = dict(_d)
        # The instance's attributes are built as one dict: every field absent (a copy of a dict of
        # that shape is one memory copy), then what came, then only the fields that need work.
        _state: dict[str, Any] = _ABSENT.copy()
        _state.update(_d)
        try:
            if _d.keys() <= _KNOWN_FIELDS:
                _state["additional_properties"] = {}
            else:
                _state["additional_properties"] = _extra = {key: _state.pop(key) for key in _d.keys() - _KNOWN_FIELDS}
                _state.update({key: _ABSENT[key] for key in _extra.keys() & _ABSENT.keys()})
            if _state["highlighted_summary"] is not None:
                _state["highlighted_summary"] = Pending(_state["highlighted_summary"])
            if _state["highlighted_title"] is not None:
                _state["highlighted_title"] = Pending(_state["highlighted_title"])
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.article_search_highlights_highlighted_summary_item_item import (
    ArticleSearchHighlightsHighlightedSummaryItemItem,
)
from ..models.article_search_highlights_highlighted_title_item import ArticleSearchHighlightsHighlightedTitleItem

install_lazy_fields(
    ArticleSearchHighlights,
    (
        "highlighted_summary",
        "highlighted_title",
    ),
)
