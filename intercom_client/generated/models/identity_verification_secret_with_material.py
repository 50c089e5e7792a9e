# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DecodingIssue, Field, Model, check_bool, check_int, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class IdentityVerificationSecretWithMaterial(Model):
    """Returned once, at creation time, from `POST /secure_mode_secrets`. Includes the raw `secret` field. Persist the
    secret immediately — it is never retrievable again.

    Attributes:
        id (str): The id of the secret Example: 102.
        type_ (str): value is "identity_verification_secret" Example: identity_verification_secret.
        created_at (int | None): The time the secret was created, as a Unix timestamp Example: 1734537243.
        name (str | None): Human-readable name for the secret, used to identify it in rotation flows Example: Production
            Web.
        supports_android (bool | None): Whether the secret is enabled for the Android SDK Example: False.
        supports_ios (bool | None): Whether the secret is enabled for the iOS SDK Example: False.
        supports_web (bool | None): Whether the secret is enabled for the Messenger on web Example: True.
        secret (str | None): The 256-bit HMAC signing key, base64url-encoded. Returned ONCE at creation time and never
            surfaced again. Example: 9Zw0xNs3vKk0fPz9rwKqNbzH3mPVQmQxL9vhSm9Tk4A.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: str
    created_at: int | None = None
    name: str | None = None
    supports_android: bool | None = None
    supports_ios: bool | None = None
    supports_web: bool | None = None
    secret: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    IdentityVerificationSecretWithMaterial,
    id=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True),
    created_at=check_int,
    name=check_str,
    supports_android=check_bool,
    supports_ios=check_bool,
    supports_web=check_bool,
    secret=check_str,
)
