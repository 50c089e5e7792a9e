# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodingIssue, Field, Model, Unset, one_of, sent_fields

if TYPE_CHECKING:
    from ..models.contact_search_request_sort import ContactSearchRequestSortDict
    from ..models.starting_after_paging import StartingAfterPagingDict
    from ..types import SearchQueryDict


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ContactSearchRequest(Model):
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


class ContactSearchRequestDict(TypedDict, total=False):
    """:class:`ContactSearchRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    query: Required[SearchQueryDict]
    pagination: StartingAfterPagingDict | None
    sort: ContactSearchRequestSortDict


# Imported last, so that models that refer to each other can import each other.
from ..models.contact_search_request_sort import ContactSearchRequestSort
from ..models.multiple_filter_search_request import MultipleFilterSearchRequest
from ..models.single_filter_search_request import SingleFilterSearchRequest
from ..models.starting_after_paging import StartingAfterPaging

sent_fields(
    ContactSearchRequest,
    query=Field(one_of(SingleFilterSearchRequest.from_dict, MultipleFilterSearchRequest.from_dict), required=True),
    pagination=StartingAfterPaging.from_dict,
    sort=ContactSearchRequestSort.from_dict,
)
