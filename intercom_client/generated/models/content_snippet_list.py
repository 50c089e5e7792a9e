# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.content_snippet_list_type import ContentSnippetListType
from ..types import DecodingIssue, Field, Model, ModelRef, check_int, check_str, list_of, received_fields

if TYPE_CHECKING:
    from ..models.content_snippet import ContentSnippet


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ContentSnippetList(Model):
    """A paginated list of content snippets.

    Attributes:
        data (list[ContentSnippet] | None): An array of content snippet objects.
        page (int | None): The current page number. Example: 1.
        per_page (int | None): The number of results per page. Example: 50.
        total_count (int | None): The total number of content snippets. Example: 1.
        total_pages (int | None): The total number of pages. Example: 1.
        type_ (ContentSnippetListType | None):  Example: list.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    data: list[ContentSnippet] | None = None
    page: int | None = None
    per_page: int | None = None
    total_count: int | None = None
    total_pages: int | None = None
    type_: ContentSnippetListType | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ContentSnippetList,
    data=list_of(ModelRef(models, "ContentSnippet")),
    page=check_int,
    per_page=check_int,
    total_count=check_int,
    total_pages=check_int,
    type_=Field(check_str, json="type", const="list"),
)
