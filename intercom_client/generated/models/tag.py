# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import DecodingIssue, Field, Model, ModelRef, check_int, check_str, received_fields

if TYPE_CHECKING:
    from ..models.reference import Reference


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class Tag(Model):
    """A tag allows you to label your contacts, companies, and conversations and list them using that tag.

    Attributes:
        id (str): The id of the tag Example: 123456.
        type_ (str): value is "tag" Example: tag.
        applied_at (int | None): The time when the tag was applied to the object. Only present when the tag is returned
            as part of a tagging operation on a contact, conversation, ticket, article, internal article, or content
            snippet. Example: 1663597223.
        applied_by (Reference | None): reference to another object
        name (str | None): The name of the tag Example: Test tag.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: str
    applied_at: int | None = None
    applied_by: Reference | None = None
    name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    Tag,
    id=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True),
    applied_at=check_int,
    applied_by=ModelRef(models, "Reference"),
    name=check_str,
)
