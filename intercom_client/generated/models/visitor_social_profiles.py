# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.visitor_social_profiles_type import VisitorSocialProfilesType
from ..types import DecodingIssue, Field, Model, check_scalar_list, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class VisitorSocialProfiles(Model):
    """
    Attributes:
        social_profiles (list[str] | None):
        type_ (VisitorSocialProfilesType | None): The type of the object Example: social_profile.list.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    social_profiles: list[str] | None = None
    type_: VisitorSocialProfilesType | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    VisitorSocialProfiles,
    social_profiles=check_scalar_list,
    type_=Field(check_str, json="type", const="social_profile.list"),
)
