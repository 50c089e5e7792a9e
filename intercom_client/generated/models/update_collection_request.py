# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import UNSET, DecodingIssue, Model, ModelRef, Unset, check_str, sent_fields

if TYPE_CHECKING:
    from ..models.group_translated_content import GroupTranslatedContent, GroupTranslatedContentDict


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class UpdateCollectionRequest(Model):
    """You can update a collection

    Attributes:
        description (str | Unset | None): The description of the collection. For multilingual collections, this will be
            the description of the default language's content. Example: English description.
        name (str | Unset | None): The name of the collection. For multilingual collections, this will be the name of
            the default language's content. Example: collection 51.
        parent_id (str | Unset | None): The id of the parent collection. If `null` then it will be updated as the first
            level collection. Example: 6871118.
        translated_content (GroupTranslatedContent | Unset | None):
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    description: str | Unset | None = UNSET
    name: str | Unset | None = UNSET
    parent_id: str | Unset | None = UNSET
    translated_content: GroupTranslatedContent | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class UpdateCollectionRequestDict(TypedDict, total=False):
    """:class:`UpdateCollectionRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    description: str
    name: str
    parent_id: str | None
    translated_content: GroupTranslatedContentDict | None


sent_fields(
    UpdateCollectionRequest,
    description=check_str,
    name=check_str,
    parent_id=check_str,
    translated_content=ModelRef(models, "GroupTranslatedContent"),
)
