# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import UNSET, DecodingIssue, Field, Model, ModelRef, Unset, one_of, sent_fields

if TYPE_CHECKING:
    from ..models.multiple_filter_search_request import MultipleFilterSearchRequest
    from ..models.single_filter_search_request import SingleFilterSearchRequest
    from ..models.starting_after_paging import StartingAfterPaging, StartingAfterPagingDict
    from ..types import SearchQueryDict


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class SearchRequest(Model):
    """Search using Intercoms Search APIs.

    Attributes:
        query (MultipleFilterSearchRequest | SingleFilterSearchRequest):
        pagination (StartingAfterPaging | Unset | None):
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    query: MultipleFilterSearchRequest | SingleFilterSearchRequest
    pagination: StartingAfterPaging | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class SearchRequestDict(TypedDict, total=False):
    """:class:`SearchRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    query: Required[SearchQueryDict]
    pagination: StartingAfterPagingDict | None


sent_fields(
    SearchRequest,
    query=Field(
        one_of(ModelRef(models, "SingleFilterSearchRequest"), ModelRef(models, "MultipleFilterSearchRequest")),
        required=True,
    ),
    pagination=ModelRef(models, "StartingAfterPaging"),
)
