# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pages_link_type import PagesLinkType
from ..types import DecodingIssue, Field, check_int, check_str, received_fields
from .pages_link import PagesLink


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class PagesLinkWithPrev(PagesLink):
    """Pagination metadata, including links to neighbouring pages.

    Attributes:
        next_ (str | None): A link to the next page of results. A response that does not contain a next link does not
            have further data to fetch.
        page (int | None):  Example: 1.
        per_page (int | None):  Example: 50.
        total_pages (int | None):  Example: 1.
        type_ (PagesLinkType | None):  Example: pages.
        prev (str | None): A link to the previous page of results, or null when on the first page.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    next_: str | None = None
    page: int | None = None
    per_page: int | None = None
    total_pages: int | None = None
    type_: PagesLinkType | None = None
    prev: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    PagesLinkWithPrev,
    next_=Field(check_str, json="next"),
    page=check_int,
    per_page=check_int,
    total_pages=check_int,
    type_=Field(check_str, json="type", const="pages"),
    prev=check_str,
)
