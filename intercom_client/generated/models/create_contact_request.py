# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import UNSET, DecodingIssue, Model, ModelRef, Unset, check_bool, check_int, check_str, sent_fields

if TYPE_CHECKING:
    from ..models.create_contact_request_custom_attributes import CreateContactRequestCustomAttributes


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CreateContactRequest(Model):
    """Payload to create a contact

    Attributes:
        avatar (str | Unset | None): An image URL containing the avatar of a contact Example:
            https://www.example.com/avatar_image.jpg.
        custom_attributes (CreateContactRequestCustomAttributes | Unset | None):
        email (str | Unset | None): The contacts email Example: jdoe@example.com.
        email_verified (bool | Unset | None): Whether the contact's email address has been verified. Set to true to
            indicate you have verified the contact owns this email address, or false to mark it as unverified. Must be
            supplied together with an email in the same request; sending it without an email returns a 400. Example: True.
        external_id (str | Unset | None): A unique identifier for the contact which is given to Intercom Example:
            625e90fc55ab113b6d92175f.
        language_override (str | Unset | None): A preferred language setting for the contact, used by Intercom as the
            language of Fin and the Messenger even if their browser has a different setting. Supports ISO 639-1 two-letter
            language codes. If an unsupported code is supplied, the field will be set to null. Example: en.
        last_seen_at (int | Unset | None): (Unix timestamp in seconds) The time when the contact was last seen (either
            where the Intercom Messenger was installed or when specified manually). Example: 1571672154.
        name (str | Unset | None): The contacts name Example: John Doe.
        owner_id (str | Unset | None): The id of an admin that has been assigned account ownership of the contact
            Example: 321.
        phone (str | Unset | None): The contacts phone Example: +353871234567.
        role (str | Unset | None): The role of the contact. Example: user.
        signed_up_at (int | Unset | None): (Unix timestamp in seconds) The time specified for when a contact signed up.
            Example: 1571672154.
        unsubscribed_from_emails (bool | Unset | None): Whether the contact is unsubscribed from emails Example: True.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    avatar: str | Unset | None = UNSET
    custom_attributes: CreateContactRequestCustomAttributes | Unset | None = UNSET
    email: str | Unset | None = UNSET
    email_verified: bool | Unset | None = UNSET
    external_id: str | Unset | None = UNSET
    language_override: str | Unset | None = UNSET
    last_seen_at: int | Unset | None = UNSET
    name: str | Unset | None = UNSET
    owner_id: str | Unset | None = UNSET
    phone: str | Unset | None = UNSET
    role: str | Unset | None = UNSET
    signed_up_at: int | Unset | None = UNSET
    unsubscribed_from_emails: bool | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class CreateContactRequestDict(TypedDict, total=False):
    """:class:`CreateContactRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    avatar: str | None
    custom_attributes: Mapping[str, Any] | None
    email: str
    email_verified: bool | None
    external_id: str
    language_override: str | None
    last_seen_at: int | None
    name: str | None
    owner_id: str | None
    phone: str | None
    role: str
    signed_up_at: int | None
    unsubscribed_from_emails: bool | None


sent_fields(
    CreateContactRequest,
    avatar=check_str,
    custom_attributes=ModelRef(models, "CreateContactRequestCustomAttributes"),
    email=check_str,
    email_verified=check_bool,
    external_id=check_str,
    language_override=check_str,
    last_seen_at=check_int,
    name=check_str,
    owner_id=check_str,
    phone=check_str,
    role=check_str,
    signed_up_at=check_int,
    unsubscribed_from_emails=check_bool,
)
