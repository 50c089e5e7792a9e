# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.article_version_list_type import ArticleVersionListType
from ..types import (
    DECODE_ERRORS,
    DecodingIssue,
    FieldSpec,
    Pending,
    check_int,
    check_str,
    decode_leniently,
    decode_list,
    install_lazy_fields,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.article_version_summary import ArticleVersionSummary
    from ..models.cursor_pages import CursorPages


def _decode_data(data: Any) -> list[ArticleVersionSummary]:
    return decode_list(data, ArticleVersionSummary.from_dict)


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {"data": None, "pages": None, "total_count": None, "type_": None, "_decoding_issues": ()}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "data",
        "pages",
        "total_count",
        "type",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ArticleVersionList:
    """A paginated list of versions of an article.

    Attributes:
        data (list[ArticleVersionSummary] | None): An array of Article version summary objects.
        pages (CursorPages | None):
        total_count (int | None): A count of the total number of versions. Example: 2.
        type_ (ArticleVersionListType | None): The type of the object - `list`. Example: list.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    data: list[ArticleVersionSummary] | None = None
    pages: CursorPages | None = None
    total_count: int | None = None
    type_: ArticleVersionListType | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "list"),)
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.data
        if _v is not None:
            _d["data"] = to_jsonable(_v)
        _v = self.pages
        if _v is not None:
            _d["pages"] = to_jsonable(_v)
        _v = self.total_count
        if _v is not None:
            _d["total_count"] = _v
        _v = self.type_
        if _v is not None:
            _d["type"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("data", "data", _decode_data, False),
            FieldSpec("pages", "pages", CursorPages.from_dict, False),
            FieldSpec("total_count", "total_count", check_int, False),
            FieldSpec("type", "type_", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="ArticleVersionList")
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
            if _state["data"] is not None:
                _state["data"] = Pending(_state["data"])
            _v = _state["pages"]
            if _v is not None and _v.__class__ is not dict:
                _state["pages"] = Pending(_v)
            if "type" in _d:
                _state["type_"] = _state.pop("type")
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.article_version_summary import ArticleVersionSummary
from ..models.cursor_pages import CursorPages

install_lazy_fields(
    ArticleVersionList,
    (
        "data",
        "pages",
    ),
)
