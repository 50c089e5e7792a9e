# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.internal_article_search_response_type import (
    InternalArticleSearchResponseType,
)
from ..types import DecodingIssue, Field, Model, ModelRef, check_int, check_str, received_fields

if TYPE_CHECKING:
    from ..models.cursor_pages import CursorPages
    from ..models.internal_article_search_response_data import InternalArticleSearchResponseData


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class InternalArticleSearchResponse(Model):
    """The results of an Internal Article search

    Attributes:
        data (InternalArticleSearchResponseData | None): An object containing the results of the search.
        pages (CursorPages | None):
        total_count (int | None): The total number of Internal Articles matching the search query Example: 5.
        type_ (InternalArticleSearchResponseType | None): The type of the object - `list`. Example: list.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    data: InternalArticleSearchResponseData | None = None
    pages: CursorPages | None = None
    total_count: int | None = None
    type_: InternalArticleSearchResponseType | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    InternalArticleSearchResponse,
    data=ModelRef(models, "InternalArticleSearchResponseData"),
    pages=ModelRef(models, "CursorPages"),
    total_count=check_int,
    type_=Field(check_str, json="type", const="list"),
)
