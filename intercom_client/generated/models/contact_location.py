# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DecodingIssue, Field, Model, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ContactLocation(Model):
    """An object containing location meta data about a Intercom contact.

    Attributes:
        city (str | None): The city that the contact is located in Example: Dublin.
        continent_code (str | None): The continent code of the contact's location.
        country (str | None): The country that the contact is located in Example: Ireland.
        country_code (str | None): The country code of the contact's location.
        region (str | None): The overal region that the contact is located in Example: Dublin.
        type_ (str | None): Always location Example: location.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    city: str | None = None
    continent_code: str | None = None
    country: str | None = None
    country_code: str | None = None
    region: str | None = None
    type_: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ContactLocation,
    city=check_str,
    continent_code=check_str,
    country=check_str,
    country_code=check_str,
    region=check_str,
    type_=Field(check_str, json="type"),
)
