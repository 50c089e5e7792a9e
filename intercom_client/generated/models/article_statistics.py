# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.article_statistics_type import ArticleStatisticsType
from ..types import (
    DECODE_ERRORS,
    DecodingIssue,
    FieldSpec,
    check_float,
    check_int,
    check_str,
    decode_leniently,
)

_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "conversions": None,
    "fin_involvements": None,
    "fin_resolution_rate": None,
    "fin_resolutions": None,
    "happy_reaction_percentage": None,
    "neutral_reaction_percentage": None,
    "reactions": None,
    "sad_reaction_percentage": None,
    "type_": None,
    "views": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "conversions",
        "fin_involvements",
        "fin_resolution_rate",
        "fin_resolutions",
        "happy_reaction_percentage",
        "neutral_reaction_percentage",
        "reactions",
        "sad_reaction_percentage",
        "type",
        "views",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ArticleStatistics:
    """The statistics of an article.

    Attributes:
        conversions (int | None): The number of conversations started from the article. Example: 0.
        fin_involvements (int | None): The number of conversations in which Fin AI Agent used this article, summed
            across all of the article's locales. Example: 10.
        fin_resolution_rate (float | None): The percentage of Fin AI Agent involvements that resulted in a resolution
            (fin_resolutions / fin_involvements * 100). Example: 80.0.
        fin_resolutions (int | None): The number of conversations Fin AI Agent resolved using this article, summed
            across all of the article's locales. Example: 8.
        happy_reaction_percentage (float | None): The percentage of happy reactions the article has received against
            other types of reaction. Example: 40.0.
        neutral_reaction_percentage (float | None): The percentage of neutral reactions the article has received against
            other types of reaction. Example: 40.0.
        reactions (int | None): The number of total reactions the article has received. Example: 10.
        sad_reaction_percentage (float | None): The percentage of sad reactions the article has received against other
            types of reaction. Example: 20.0.
        type_ (ArticleStatisticsType | None): The type of object - `article_statistics`. Default: 'article_statistics'.
            Example: article_statistics.
        views (int | None): The number of total views the article has received. Example: 10.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    conversions: int | None = None
    fin_involvements: int | None = None
    fin_resolution_rate: float | None = None
    fin_resolutions: int | None = None
    happy_reaction_percentage: float | None = None
    neutral_reaction_percentage: float | None = None
    reactions: int | None = None
    sad_reaction_percentage: float | None = None
    type_: ArticleStatisticsType | None = None
    views: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "article_statistics"),)
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.conversions
        if _v is not None:
            _d["conversions"] = _v
        _v = self.fin_involvements
        if _v is not None:
            _d["fin_involvements"] = _v
        _v = self.fin_resolution_rate
        if _v is not None:
            _d["fin_resolution_rate"] = _v
        _v = self.fin_resolutions
        if _v is not None:
            _d["fin_resolutions"] = _v
        _v = self.happy_reaction_percentage
        if _v is not None:
            _d["happy_reaction_percentage"] = _v
        _v = self.neutral_reaction_percentage
        if _v is not None:
            _d["neutral_reaction_percentage"] = _v
        _v = self.reactions
        if _v is not None:
            _d["reactions"] = _v
        _v = self.sad_reaction_percentage
        if _v is not None:
            _d["sad_reaction_percentage"] = _v
        _v = self.type_
        if _v is not None:
            _d["type"] = _v
        _v = self.views
        if _v is not None:
            _d["views"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("conversions", "conversions", check_int, False),
            FieldSpec("fin_involvements", "fin_involvements", check_int, False),
            FieldSpec("fin_resolution_rate", "fin_resolution_rate", check_float, False),
            FieldSpec("fin_resolutions", "fin_resolutions", check_int, False),
            FieldSpec("happy_reaction_percentage", "happy_reaction_percentage", check_float, False),
            FieldSpec("neutral_reaction_percentage", "neutral_reaction_percentage", check_float, False),
            FieldSpec("reactions", "reactions", check_int, False),
            FieldSpec("sad_reaction_percentage", "sad_reaction_percentage", check_float, False),
            FieldSpec("type", "type_", check_str, False),
            FieldSpec("views", "views", check_int, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="ArticleStatistics")
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
            if "type" in _d:
                _state["type_"] = _state.pop("type")
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj
