# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_reference_type import ContactReferenceType
from ..types import DecodingIssue, Field, Model, check_bool, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ContactUnarchived(Model):
    """unarchived contact object

    Attributes:
        id (str): The unique identifier for the contact which is given by Intercom. Example: 5ba682d23d7cf92bef87bfd4.
        type_ (ContactReferenceType): always contact Example: contact.
        external_id (str | None): The unique identifier for the contact which is provided by the Client. Example: 70.
        archived (bool | None): Whether the contact is archived or not. Example: False.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: ContactReferenceType
    external_id: str | None = None
    archived: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ContactUnarchived,
    id=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True, const="contact"),
    external_id=check_str,
    archived=check_bool,
)
