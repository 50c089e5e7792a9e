# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.company_data_type import CompanyDataType
from ..types import DecodingIssue, Field, Model, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CompanyData(Model):
    """An object containing data about the companies that a contact is associated with.

    Attributes:
        id (str): The unique identifier for the company which is given by Intercom. Example: 5ba682d23d7cf92bef87bfd4.
        type_ (CompanyDataType): The type of the object. Always company. Example: company.
        url (str | None): The relative URL of the company. Example: /companies/5ba682d23d7cf92bef87bfd4.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: CompanyDataType
    url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    CompanyData,
    id=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True, const="company"),
    url=check_str,
)
