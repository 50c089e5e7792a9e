# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    DECODE_ERRORS,
    UNSET,
    DecodingIssue,
    FieldSpec,
    Unset,
    WrongType,
    decode_leniently,
    decode_variant,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.contact_search_request_sort import ContactSearchRequestSort, ContactSearchRequestSortDict
    from ..models.multiple_filter_search_request import MultipleFilterSearchRequest, MultipleFilterSearchRequestDict
    from ..models.single_filter_search_request import SingleFilterSearchRequest, SingleFilterSearchRequestDict
    from ..models.starting_after_paging import StartingAfterPaging, StartingAfterPagingDict


def _decode_query(data: Any) -> Any:
    if data.__class__ is dict:
        try:
            return decode_variant(
                data,
                (
                    SingleFilterSearchRequest,
                    MultipleFilterSearchRequest,
                ),
            )
        except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        return SingleFilterSearchRequest.from_dict(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    return MultipleFilterSearchRequest.from_dict(data)


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {"query": UNSET, "pagination": UNSET, "sort": UNSET, "_decoding_issues": ()}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "query",
        "pagination",
        "sort",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ContactSearchRequest:
    """Search for contacts using Intercom's Search API.

    Attributes:
        query (MultipleFilterSearchRequest | SingleFilterSearchRequest):
        pagination (StartingAfterPaging | Unset | None):
        sort (ContactSearchRequestSort | Unset | None): An optional object to sort the results by.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    query: MultipleFilterSearchRequest | SingleFilterSearchRequest
    pagination: StartingAfterPaging | Unset | None = UNSET
    sort: ContactSearchRequestSort | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.query
        if _v is not UNSET:
            _d["query"] = None if _v is None else to_jsonable(_v)
        _v = self.pagination
        if _v is not UNSET:
            _d["pagination"] = None if _v is None else to_jsonable(_v)
        _v = self.sort
        if _v is not UNSET:
            _d["sort"] = None if _v is None else to_jsonable(_v)
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("query", "query", _decode_query, True),
            FieldSpec("pagination", "pagination", StartingAfterPaging.from_dict, False),
            FieldSpec("sort", "sort", ContactSearchRequestSort.from_dict, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="ContactSearchRequest")
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
            if "query" not in _d:
                raise KeyError("query")
            if _state["query"] is None:
                raise WrongType("a value", None)
            _v = _state["query"]
            if _v is not None:
                _v = _decode_query(_v)

            _state["query"] = _v
            _v = _state["pagination"]
            if _v is not None and _v is not UNSET:
                _v = StartingAfterPaging.from_dict(_v)

            _state["pagination"] = _v
            _v = _state["sort"]
            if _v is not None and _v is not UNSET:
                _v = ContactSearchRequestSort.from_dict(_v)

            _state["sort"] = _v
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class ContactSearchRequestDict(TypedDict, total=False):
    """:class:`ContactSearchRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    query: Required[
        SingleFilterSearchRequest
        | SingleFilterSearchRequestDict
        | MultipleFilterSearchRequest
        | MultipleFilterSearchRequestDict
    ]
    pagination: StartingAfterPaging | StartingAfterPagingDict | None
    sort: ContactSearchRequestSort | ContactSearchRequestSortDict


# Imported last, so that models that refer to each other can import each other.
from ..models.contact_search_request_sort import ContactSearchRequestSort
from ..models.multiple_filter_search_request import MultipleFilterSearchRequest
from ..models.single_filter_search_request import SingleFilterSearchRequest
from ..models.starting_after_paging import StartingAfterPaging
