# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import (
    DecodingIssue,
    Model,
    ModelRef,
    check_bool,
    check_int,
    check_str,
    list_of,
    received_fields,
)

if TYPE_CHECKING:
    from ..models.addressable_list import AddressableList


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ContactSubscriptionTypes(Model):
    """An object containing Subscription Types meta data about the SubscriptionTypes that a contact has.

    Attributes:
        data (list[AddressableList] | None): This object represents the subscriptions attached to a contact.
        has_more (bool | None): Whether there's more Addressable Objects to be viewed. If true, use the url to view all
            Example: True.
        total_count (int | None): Int representing the total number of subscription types attached to this contact
            Example: 100.
        url (str | None): Url to get more subscription type resources for this contact Example:
            /contacts/5ba682d23d7cf92bef87bfd4/subscriptions.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    data: list[AddressableList] | None = None
    has_more: bool | None = None
    total_count: int | None = None
    url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ContactSubscriptionTypes,
    data=list_of(ModelRef(models, "AddressableList")),
    has_more=check_bool,
    total_count=check_int,
    url=check_str,
)
