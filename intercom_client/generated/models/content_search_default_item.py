# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.content_search_default_item_type import (
    ContentSearchDefaultItemType,
)
from ..types import DecodingIssue, Field, Model, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ContentSearchDefaultItem(Model):
    """The flat result shape returned from Knowledge Hub search for content snippets, external pages, uploaded files, and
    internal articles.

    Attributes:
        id (str): The unique identifier of the content item. Example: 123.
        type_ (ContentSearchDefaultItemType): The kind of content item. Example: content_snippet.
        title (str | None): The display title of the content item. Example: Billing FAQ.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: ContentSearchDefaultItemType
    title: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ContentSearchDefaultItem,
    id=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True),
    title=check_str,
)
