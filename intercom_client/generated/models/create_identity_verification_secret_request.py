# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodingIssue, Field, Model, Unset, check_bool, check_str, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CreateIdentityVerificationSecretRequest(Model):
    """Request payload for creating a new identity verification secret. At least one platform flag must be `true`.

    Attributes:
        name (str): Human-readable name for the secret. Example: Production Web.
        supports_android (bool | Unset | None): Enable this secret for the Android SDK. Example: False.
        supports_ios (bool | Unset | None): Enable this secret for the iOS SDK. Example: False.
        supports_web (bool | Unset | None): Enable this secret for the Messenger on web. Example: True.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    name: str
    supports_android: bool | Unset | None = UNSET
    supports_ios: bool | Unset | None = UNSET
    supports_web: bool | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class CreateIdentityVerificationSecretRequestDict(TypedDict, total=False):
    """:class:`CreateIdentityVerificationSecretRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    name: Required[str]
    supports_android: bool
    supports_ios: bool
    supports_web: bool


sent_fields(
    CreateIdentityVerificationSecretRequest,
    name=Field(check_str, required=True),
    supports_android=check_bool,
    supports_ios=check_bool,
    supports_web=check_bool,
)
