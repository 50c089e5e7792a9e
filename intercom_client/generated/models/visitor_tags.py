# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.visitor_tags_type import VisitorTagsType
from ..types import DecodingIssue, Field, Model, ModelRef, check_str, list_of, received_fields

if TYPE_CHECKING:
    from ..models.visitor_tags_tags_item import VisitorTagsTagsItem


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class VisitorTags(Model):
    """
    Attributes:
        tags (list[VisitorTagsTagsItem] | None):
        type_ (VisitorTagsType | None): The type of the object Example: tag.list.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    tags: list[VisitorTagsTagsItem] | None = None
    type_: VisitorTagsType | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    VisitorTags,
    tags=list_of(ModelRef(models, "VisitorTagsTagsItem")),
    type_=Field(check_str, json="type", const="tag.list"),
)
