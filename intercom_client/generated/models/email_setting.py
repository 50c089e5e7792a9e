# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DecodingIssue, Field, Model, check_bool, check_int, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class EmailSetting(Model):
    """Represents a sender email address configuration

    Attributes:
        id (str): Unique email setting identifier Example: 10.
        type_ (str): The type of object Example: email_setting.
        brand_id (str | None): Associated brand identifier Example: 10.
        created_at (int | None): Unix timestamp of creation Example: 1692530400.
        domain (str | None): Domain portion of the email address Example: company.com.
        email (str | None): Full sender email address Example: support@company.com.
        forwarded_email_last_received_at (int | None): Unix timestamp of last forwarded email received (null if never)
            Example: 1710498600.
        forwarding_enabled (bool | None): Whether email forwarding is active Example: True.
        updated_at (int | None): Unix timestamp of last modification Example: 1710498600.
        verified (bool | None): Whether the email address has been verified Example: True.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: str
    brand_id: str | None = None
    created_at: int | None = None
    domain: str | None = None
    email: str | None = None
    forwarded_email_last_received_at: int | None = None
    forwarding_enabled: bool | None = None
    updated_at: int | None = None
    verified: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    EmailSetting,
    id=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True),
    brand_id=check_str,
    created_at=check_int,
    domain=check_str,
    email=check_str,
    forwarded_email_last_received_at=check_int,
    forwarding_enabled=check_bool,
    updated_at=check_int,
    verified=check_bool,
)
