# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import DecodingIssue, Field, Model, ModelRef, check_str, list_of, received_fields

if TYPE_CHECKING:
    from ..models.tag_create_response_companies_item import TagCreateResponseCompaniesItem
    from ..models.tag_create_response_users_item import TagCreateResponseUsersItem


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class TagCreateResponse(Model):
    """The response for creating or updating a tag, including the entities that were tagged or untagged.

    Attributes:
        id (str): The id of the tag Example: 123456.
        type_ (str): value is "tag" Example: tag.
        name (str | None): The name of the tag Example: Test tag.
        companies (list[TagCreateResponseCompaniesItem] | None): The companies that were tagged or untagged. Example:
            [].
        users (list[TagCreateResponseUsersItem] | None): The users that were tagged or untagged. Example: [].
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: str
    name: str | None = None
    companies: list[TagCreateResponseCompaniesItem] | None = None
    users: list[TagCreateResponseUsersItem] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    TagCreateResponse,
    id=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True),
    name=check_str,
    companies=list_of(ModelRef(models, "TagCreateResponseCompaniesItem")),
    users=list_of(ModelRef(models, "TagCreateResponseUsersItem")),
)
