# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DecodingIssue, Field, Model, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class VisitorLocationData(Model):
    """
    Attributes:
        city_name (str | None): The city name of the visitor. Example: Dublin.
        continent_code (str | None): The continent code of the visitor. Example: EU.
        country_code (str | None): The country code of the visitor. Example: IRL.
        country_name (str | None): The country name of the visitor. Example: Ireland.
        postal_code (str | None): The postal code of the visitor. Example: D02 N960.
        region_name (str | None): The region name of the visitor. Example: Leinster.
        timezone (str | None): The timezone of the visitor. Example: Europe/Dublin.
        type_ (str | None):  Default: 'location_data'. Example: location_data.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    city_name: str | None = None
    continent_code: str | None = None
    country_code: str | None = None
    country_name: str | None = None
    postal_code: str | None = None
    region_name: str | None = None
    timezone: str | None = None
    type_: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    VisitorLocationData,
    city_name=check_str,
    continent_code=check_str,
    country_code=check_str,
    country_name=check_str,
    postal_code=check_str,
    region_name=check_str,
    timezone=check_str,
    type_=Field(check_str, json="type"),
)
