# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import UNSET, DecodingIssue, Field, Model, ModelRef, Unset, check_bool, check_str, list_of, sent_fields

if TYPE_CHECKING:
    from ..models.bulk_update_contacts_request_contacts_item_companies_item import (
        BulkUpdateContactsRequestContactsItemCompaniesItem,
        BulkUpdateContactsRequestContactsItemCompaniesItemDict,
    )
    from ..models.bulk_update_contacts_request_contacts_item_custom_attributes import (
        BulkUpdateContactsRequestContactsItemCustomAttributes,
    )
    from ..models.bulk_update_contacts_request_contacts_item_tags import (
        BulkUpdateContactsRequestContactsItemTags,
        BulkUpdateContactsRequestContactsItemTagsDict,
    )


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class BulkUpdateContactsRequestContactsItem(Model):
    """
    Attributes:
        id (str): The unique identifier for the contact. Example: abc123.
        avatar (str | Unset | None): An image URL containing the avatar of the contact. Example:
            https://www.example.com/avatar_image.jpg.
        companies (list[BulkUpdateContactsRequestContactsItemCompaniesItem] | Unset | None): A list of companies to
            associate with the contact. Each company is identified by the `company_id` you have defined. A company that does
            not exist is created, and one that already exists has the supplied attributes applied to it.
        custom_attributes (BulkUpdateContactsRequestContactsItemCustomAttributes | Unset | None): Custom attributes to
            update on the contact.
        email (str | Unset | None): The contact's email address. Example: joe@example.com.
        external_id (str | Unset | None): A unique identifier for the contact which you have defined. Example: abc123.
        language_override (str | Unset | None): A preferred language setting for the contact, used by the Intercom
            Messenger. Example: fr.
        name (str | Unset | None): The contact's name. Example: Joe Bloggs.
        owner_id (str | Unset | None): The ID of an admin that has been assigned account ownership of the contact.
            Example: 321.
        phone (str | Unset | None): The contact's phone number.
        tags (BulkUpdateContactsRequestContactsItemTags | Unset | None): Tags to add to or remove from the contact. Each
            tag is identified by its `id`, which must be a positive integer for a tag that already exists in your workspace.
            Tag application is best-effort: unknown tag IDs are skipped while the rest of the contact update still applies.
            Per-tag results are not yet returned in the job status.
        unsubscribed_from_emails (bool | Unset | None): Whether the contact is unsubscribed from emails. Example: True.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    avatar: str | Unset | None = UNSET
    companies: list[BulkUpdateContactsRequestContactsItemCompaniesItem] | Unset | None = UNSET
    custom_attributes: BulkUpdateContactsRequestContactsItemCustomAttributes | Unset | None = UNSET
    email: str | Unset | None = UNSET
    external_id: str | Unset | None = UNSET
    language_override: str | Unset | None = UNSET
    name: str | Unset | None = UNSET
    owner_id: str | Unset | None = UNSET
    phone: str | Unset | None = UNSET
    tags: BulkUpdateContactsRequestContactsItemTags | Unset | None = UNSET
    unsubscribed_from_emails: bool | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class BulkUpdateContactsRequestContactsItemDict(TypedDict, total=False):
    """:class:`BulkUpdateContactsRequestContactsItem` written as a dict literal (JSON field names), e.g. as a request body."""

    id: Required[str]
    avatar: str
    companies: Sequence[BulkUpdateContactsRequestContactsItemCompaniesItemDict]
    custom_attributes: Mapping[str, Any]
    email: str
    external_id: str
    language_override: str
    name: str
    owner_id: str
    phone: str
    tags: BulkUpdateContactsRequestContactsItemTagsDict
    unsubscribed_from_emails: bool


sent_fields(
    BulkUpdateContactsRequestContactsItem,
    id=Field(check_str, required=True),
    avatar=check_str,
    companies=list_of(ModelRef(models, "BulkUpdateContactsRequestContactsItemCompaniesItem")),
    custom_attributes=ModelRef(models, "BulkUpdateContactsRequestContactsItemCustomAttributes"),
    email=check_str,
    external_id=check_str,
    language_override=check_str,
    name=check_str,
    owner_id=check_str,
    phone=check_str,
    tags=ModelRef(models, "BulkUpdateContactsRequestContactsItemTags"),
    unsubscribed_from_emails=check_bool,
)
