# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    DECODE_ERRORS,
    UNSET,
    DecodingIssue,
    FieldSpec,
    Unset,
    check_bool,
    check_int,
    check_str,
    decode_leniently,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.update_contact_request_custom_attributes import (
        UpdateContactRequestCustomAttributes,
        UpdateContactRequestCustomAttributesDict,
    )


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "avatar": UNSET,
    "custom_attributes": UNSET,
    "email": UNSET,
    "email_verified": UNSET,
    "external_id": UNSET,
    "language_override": UNSET,
    "last_seen_at": UNSET,
    "name": UNSET,
    "owner_id": UNSET,
    "phone": UNSET,
    "role": UNSET,
    "signed_up_at": UNSET,
    "unsubscribed_from_emails": UNSET,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "avatar",
        "custom_attributes",
        "email",
        "email_verified",
        "external_id",
        "language_override",
        "last_seen_at",
        "name",
        "owner_id",
        "phone",
        "role",
        "signed_up_at",
        "unsubscribed_from_emails",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class UpdateContactRequest:
    """You can update a contact

    Attributes:
        avatar (str | Unset | None): An image URL containing the avatar of a contact Example:
            https://www.example.com/avatar_image.jpg.
        custom_attributes (UpdateContactRequestCustomAttributes | Unset | None):
        email (str | Unset | None): The contacts email Example: jdoe@example.com.
        email_verified (bool | Unset | None): Whether the contact's email address has been verified. Set to true to
            indicate you have verified the contact owns this email address, or false to mark it as unverified. Must be
            supplied together with an email in the same request; sending it without an email returns a 400. Example: True.
        external_id (str | Unset | None): A unique identifier for the contact which is given to Intercom
        language_override (str | Unset | None): A preferred language setting for the contact, used by Intercom as the
            language of Fin and the Messenger even if their browser has a different setting. Supports ISO 639-1 two-letter
            language codes. If an unsupported code is supplied, the field will be set to null. Example: en.
        last_seen_at (int | Unset | None): (Unix timestamp in seconds) The time when the contact was last seen (either
            where the Intercom Messenger was installed or when specified manually). Example: 1571672154.
        name (str | Unset | None): The contacts name Example: John Doe.
        owner_id (str | Unset | None): The id of an admin that has been assigned account ownership of the contact
            Example: 321.
        phone (str | Unset | None): The contacts phone Example: +353871234567.
        role (str | Unset | None): The role of the contact.
        signed_up_at (int | Unset | None): (Unix timestamp in seconds) The time specified for when a contact signed up.
            Example: 1571672154.
        unsubscribed_from_emails (bool | Unset | None): Whether the contact is unsubscribed from emails Example: True.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    avatar: str | Unset | None = UNSET
    custom_attributes: UpdateContactRequestCustomAttributes | Unset | None = UNSET
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
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.avatar
        if _v is not UNSET:
            _d["avatar"] = None if _v is None else to_jsonable(_v)
        _v = self.custom_attributes
        if _v is not UNSET:
            _d["custom_attributes"] = None if _v is None else to_jsonable(_v)
        _v = self.email
        if _v is not UNSET:
            _d["email"] = _v
        _v = self.email_verified
        if _v is not UNSET:
            _d["email_verified"] = None if _v is None else to_jsonable(_v)
        _v = self.external_id
        if _v is not UNSET:
            _d["external_id"] = _v
        _v = self.language_override
        if _v is not UNSET:
            _d["language_override"] = None if _v is None else to_jsonable(_v)
        _v = self.last_seen_at
        if _v is not UNSET:
            _d["last_seen_at"] = None if _v is None else to_jsonable(_v)
        _v = self.name
        if _v is not UNSET:
            _d["name"] = None if _v is None else to_jsonable(_v)
        _v = self.owner_id
        if _v is not UNSET:
            _d["owner_id"] = None if _v is None else to_jsonable(_v)
        _v = self.phone
        if _v is not UNSET:
            _d["phone"] = None if _v is None else to_jsonable(_v)
        _v = self.role
        if _v is not UNSET:
            _d["role"] = _v
        _v = self.signed_up_at
        if _v is not UNSET:
            _d["signed_up_at"] = None if _v is None else to_jsonable(_v)
        _v = self.unsubscribed_from_emails
        if _v is not UNSET:
            _d["unsubscribed_from_emails"] = None if _v is None else to_jsonable(_v)
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("avatar", "avatar", check_str, False),
            FieldSpec("custom_attributes", "custom_attributes", UpdateContactRequestCustomAttributes.from_dict, False),
            FieldSpec("email", "email", check_str, False),
            FieldSpec("email_verified", "email_verified", check_bool, False),
            FieldSpec("external_id", "external_id", check_str, False),
            FieldSpec("language_override", "language_override", check_str, False),
            FieldSpec("last_seen_at", "last_seen_at", check_int, False),
            FieldSpec("name", "name", check_str, False),
            FieldSpec("owner_id", "owner_id", check_str, False),
            FieldSpec("phone", "phone", check_str, False),
            FieldSpec("role", "role", check_str, False),
            FieldSpec("signed_up_at", "signed_up_at", check_int, False),
            FieldSpec("unsubscribed_from_emails", "unsubscribed_from_emails", check_bool, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="UpdateContactRequest")
            _d = dict(_d)
        # The instance's attributes are built as one dict: every field absent (a copy of a dict of
        # that shape is one memory copy), then what came, then only the fields that need work.
        _state: dict[str, Any] = _ABSENT.copy()
        _state.update(_d)
        try:
            if _d.keys() <= _KNOWN_FIELDS:
                _state["additional_properties"] = {}
            else:
                _state["additional_properties"] = _extra = {key: _state.pop(key) for key in _d.keys() - _KNOWN_FIELDS}
                _state.update({key: _ABSENT[key] for key in _extra.keys() & _ABSENT.keys()})
            _v = _state["custom_attributes"]
            if _v is not None and _v is not UNSET:
                _v = UpdateContactRequestCustomAttributes.from_dict(_v)

            _state["custom_attributes"] = _v
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class UpdateContactRequestDict(TypedDict, total=False):
    """:class:`UpdateContactRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    avatar: str | None
    custom_attributes: UpdateContactRequestCustomAttributes | UpdateContactRequestCustomAttributesDict | None
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


# Imported last, so that models that refer to each other can import each other.
from ..models.update_contact_request_custom_attributes import UpdateContactRequestCustomAttributes
