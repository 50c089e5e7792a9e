# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import DecodingIssue, Model, ModelRef, check_int, check_str, received_fields

if TYPE_CHECKING:
    from ..models.group_translated_content import GroupTranslatedContent


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class Collection(Model):
    """Collections are top level containers for Articles within the Help Center.

    Attributes:
        created_at (int | None): The time when the article was created (seconds). For multilingual articles, this will
            be the timestamp of creation of the default language's content. Example: 1672928359.
        default_locale (str | None): The default locale of the help center. This field is only returned for multilingual
            help centers. Example: en.
        description (str | None): The description of the collection. For multilingual help centers, this will be the
            description of the collection for the default language. Example: Default language description.
        help_center_id (int | None): The id of the help center the collection is in. Example: 123.
        icon (str | None): The icon of the collection. Example: book-bookmark.
        id (str | None): The unique identifier for the collection which is given by Intercom. Example: 6871119.
        name (str | None): The name of the collection. For multilingual collections, this will be the name of the
            default language's content. Example: Default language name.
        order (int | None): The order of the section in relation to others sections within a collection. Values go from
            `0` upwards. `0` is the default if there's no order. Example: 1.
        parent_id (str | None): The id of the parent collection. If `null` then it is the first level collection.
            Example: 6871118.
        translated_content (GroupTranslatedContent | None):
        updated_at (int | None): The time when the article was last updated (seconds). For multilingual articles, this
            will be the timestamp of last update of the default language's content. Example: 1672928610.
        url (str | None): The URL of the collection. For multilingual help centers, this will be the URL of the
            collection for the default language. Example: http://intercom.test/help/collection/name.
        workspace_id (str | None): The id of the workspace which the collection belongs to. Example: hfi1bx4l.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    created_at: int | None = None
    default_locale: str | None = None
    description: str | None = None
    help_center_id: int | None = None
    icon: str | None = None
    id: str | None = None
    name: str | None = None
    order: int | None = None
    parent_id: str | None = None
    translated_content: GroupTranslatedContent | None = None
    updated_at: int | None = None
    url: str | None = None
    workspace_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    Collection,
    created_at=check_int,
    default_locale=check_str,
    description=check_str,
    help_center_id=check_int,
    icon=check_str,
    id=check_str,
    name=check_str,
    order=check_int,
    parent_id=check_str,
    translated_content=ModelRef(models, "GroupTranslatedContent"),
    updated_at=check_int,
    url=check_str,
    workspace_id=check_str,
)
