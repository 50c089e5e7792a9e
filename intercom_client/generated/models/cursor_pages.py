# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.cursor_pages_type import CursorPagesType
from ..types import (
    DECODE_ERRORS,
    DecodingIssue,
    FieldSpec,
    Pending,
    WrongType,
    check_int,
    check_str,
    decode_leniently,
    install_lazy_fields,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.starting_after_paging import StartingAfterPaging


def _decode_next_(data: Any) -> Any:
    try:
        return StartingAfterPaging.from_dict(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    return check_str(data)


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "next_": None,
    "page": None,
    "per_page": None,
    "total_pages": None,
    "type_": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "next",
        "page",
        "per_page",
        "total_pages",
        "type",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CursorPages:
    """Cursor-based pagination is a technique used in the Intercom API to navigate through large amounts of data.
    A "cursor" or pointer is used to keep track of the current position in the result set, allowing the API to return
    the data in small chunks or "pages" as needed.

    Attributes:
        next_ (StartingAfterPaging | str | None):
        page (int | None): The current page Example: 1.
        per_page (int | None): Number of results per page Example: 2.
        total_pages (int | None): Total number of pages Example: 13.
        type_ (CursorPagesType | None): the type of object `pages`. Example: pages.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    next_: StartingAfterPaging | str | None = None
    page: int | None = None
    per_page: int | None = None
    total_pages: int | None = None
    type_: CursorPagesType | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "pages"),)
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.next_
        if _v is not None:
            _d["next"] = to_jsonable(_v)
        _v = self.page
        if _v is not None:
            _d["page"] = _v
        _v = self.per_page
        if _v is not None:
            _d["per_page"] = _v
        _v = self.total_pages
        if _v is not None:
            _d["total_pages"] = _v
        _v = self.type_
        if _v is not None:
            _d["type"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("next", "next_", _decode_next_, False),
            FieldSpec("page", "page", check_int, False),
            FieldSpec("per_page", "per_page", check_int, False),
            FieldSpec("total_pages", "total_pages", check_int, False),
            FieldSpec("type", "type_", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="CursorPages")
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
            if "next" in _d:
                _state["next_"] = _state.pop("next")
            if _state["next_"] is not None:
                _state["next_"] = Pending(_state["next_"])
            if "type" in _d:
                _state["type_"] = _state.pop("type")
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.starting_after_paging import StartingAfterPaging

install_lazy_fields(CursorPages, ("next_",))
