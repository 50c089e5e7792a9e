# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.content_sources_list_type import ContentSourcesListType
from ..types import DecodingIssue, Field, Model, ModelRef, check_int, check_str, list_of, received_fields

if TYPE_CHECKING:
    from ..models.content_source import ContentSource


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ContentSourcesList(Model):
    """
    Attributes:
        content_sources (list[ContentSource] | None): The content sources used by AI Agent in the conversation.
        total_count (int | None): The total number of content sources used by AI Agent in the conversation. Example: 1.
        type_ (ContentSourcesListType | None):  Example: content_source.list.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    content_sources: list[ContentSource] | None = None
    total_count: int | None = None
    type_: ContentSourcesListType | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ContentSourcesList,
    content_sources=list_of(ModelRef(models, "ContentSource")),
    total_count=check_int,
    type_=Field(check_str, json="type", const="content_source.list"),
)
