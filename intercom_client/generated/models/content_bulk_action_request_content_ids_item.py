# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.content_bulk_action_request_content_ids_item_type import (
    ContentBulkActionRequestContentIdsItemType,
)
from ..types import DecodingIssue, Field, Model, check_str, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ContentBulkActionRequestContentIdsItem(Model):
    """
    Attributes:
        id (str):  Example: 12345678.
        type_ (ContentBulkActionRequestContentIdsItemType):  Example: article_content.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: ContentBulkActionRequestContentIdsItemType
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class ContentBulkActionRequestContentIdsItemDict(TypedDict, total=False):
    """:class:`ContentBulkActionRequestContentIdsItem` written as a dict literal (JSON field names), e.g. as a request body."""

    id: Required[str]
    type: Required[ContentBulkActionRequestContentIdsItemType]


sent_fields(
    ContentBulkActionRequestContentIdsItem,
    id=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True),
)
