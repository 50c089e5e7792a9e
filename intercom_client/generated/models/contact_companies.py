# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import (
    DecodingIssue,
    Field,
    Model,
    ModelRef,
    check_bool,
    check_int,
    check_str,
    list_of,
    received_fields,
)

if TYPE_CHECKING:
    from ..models.company_data import CompanyData


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ContactCompanies(Model):
    """An object with metadata about companies attached to a contact . Up to 10 will be displayed here. Use the url to get
    more.

    Attributes:
        data (list[CompanyData] | None): An array of company data objects attached to the contact.
        has_more (bool | None): Whether there's more Addressable Objects to be viewed. If true, use the url to view all
            Example: True.
        total_count (int | None): Integer representing the total number of companies attached to this contact Example:
            100.
        type_ (str | None): The type of the object: list.
        url (str | None): Url to get more company resources for this contact Example:
            /contacts/5ba682d23d7cf92bef87bfd4/companies.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    data: list[CompanyData] | None = None
    has_more: bool | None = None
    total_count: int | None = None
    type_: str | None = None
    url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ContactCompanies,
    data=list_of(ModelRef(models, "CompanyData")),
    has_more=check_bool,
    total_count=check_int,
    type_=Field(check_str, json="type"),
    url=check_str,
)
