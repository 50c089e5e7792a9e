# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.content_import_sources_list_type import (
    ContentImportSourcesListType,
)
from ..types import DecodingIssue, Field, Model, ModelRef, check_int, check_str, list_of, received_fields

if TYPE_CHECKING:
    from ..models.content_import_source import ContentImportSource
    from ..models.pages_link import PagesLink


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ContentImportSourcesList(Model):
    """This will return a list of the content import sources for the App.

    Attributes:
        data (list[ContentImportSource] | None): An array of Content Import Source objects
        pages (PagesLink | None): The majority of list resources in the API are paginated to allow clients to traverse
            data over multiple requests.

            Their responses are likely to contain a pages object that hosts pagination links which a client can use to
            paginate through the data without having to construct a query. The link relations for the pages field are as
            follows.
        total_count (int | None): A count of the total number of content import sources. Example: 1.
        type_ (ContentImportSourcesListType | None): The type of the object - `list`. Example: list.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    data: list[ContentImportSource] | None = None
    pages: PagesLink | None = None
    total_count: int | None = None
    type_: ContentImportSourcesListType | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ContentImportSourcesList,
    data=list_of(ModelRef(models, "ContentImportSource")),
    pages=ModelRef(models, "PagesLink"),
    total_count=check_int,
    type_=Field(check_str, json="type", const="list"),
)
