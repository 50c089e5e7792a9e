# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DecodingIssue, Field, Model, check_bool, check_int, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class Brand(Model):
    """Represents a branding configuration for the workspace

    Attributes:
        id (str): Unique brand identifier. For default brand, matches the workspace ID Example: 10.
        type_ (str): The type of object Example: brand.
        created_at (int | None): Unix timestamp of brand creation Example: 1673778600.
        default_address_settings_id (str | None): Default email settings ID for this brand Example: 15.
        help_center_id (str | None): Associated help center identifier Example: 10.
        is_default (bool | None): Whether this is the workspace's default brand Example: True.
        name (str | None): Display name of the brand Example: Default Brand.
        updated_at (int | None): Unix timestamp of last modification Example: 1711031100.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: str
    created_at: int | None = None
    default_address_settings_id: str | None = None
    help_center_id: str | None = None
    is_default: bool | None = None
    name: str | None = None
    updated_at: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    Brand,
    id=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True),
    created_at=check_int,
    default_address_settings_id=check_str,
    help_center_id=check_str,
    is_default=check_bool,
    name=check_str,
    updated_at=check_int,
)
