# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DecodingIssue, Field, Model, check_bool, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class BannerDismiss(Model):
    """The result of dismissing a banner for a contact.

    Attributes:
        dismissed (bool | None): Whether the banner view is dismissed. Example: True.
        type_ (str | None): String representing the object's type. Always has the value `banner_dismiss`. Example:
            banner_dismiss.
        view_id (str | None): The id of the dismissed banner view. Example: 645719311.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    dismissed: bool | None = None
    type_: str | None = None
    view_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    BannerDismiss,
    dismissed=check_bool,
    type_=Field(check_str, json="type"),
    view_id=check_str,
)
