# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DecodingIssue, Field, Model, check_bool, check_int, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class IdentityVerificationSecret(Model):
    """Metadata for an HMAC secret used to sign `user_hash` values for Messenger identity verification. The `secret` field
    is intentionally omitted — it is only returned once, in the response to `POST /secure_mode_secrets`.

    Attributes:
        id (str): The id of the secret Example: 102.
        type_ (str): value is "identity_verification_secret" Example: identity_verification_secret.
        created_at (int | None): The time the secret was created, as a Unix timestamp Example: 1734537243.
        name (str | None): Human-readable name for the secret, used to identify it in rotation flows Example: Production
            Web.
        supports_android (bool | None): Whether the secret is enabled for the Android SDK Example: False.
        supports_ios (bool | None): Whether the secret is enabled for the iOS SDK Example: False.
        supports_web (bool | None): Whether the secret is enabled for the Messenger on web Example: True.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: str
    created_at: int | None = None
    name: str | None = None
    supports_android: bool | None = None
    supports_ios: bool | None = None
    supports_web: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    IdentityVerificationSecret,
    id=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True),
    created_at=check_int,
    name=check_str,
    supports_android=check_bool,
    supports_ios=check_bool,
    supports_web=check_bool,
)
