# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DecodingIssue, Field, Model, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class SocialProfile(Model):
    """A Social Profile allows you to label your contacts, companies, and conversations and list them using that Social
    Profile.

    Attributes:
        name (str | None): The name of the Social media profile Example: Facebook.
        type_ (str | None): value is "social_profile" Example: social_profile.
        url (str | None): The name of the Social media profile Example: http://twitter.com/th1sland.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    name: str | None = None
    type_: str | None = None
    url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    SocialProfile,
    name=check_str,
    type_=Field(check_str, json="type"),
    url=check_str,
)
