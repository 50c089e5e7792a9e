# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    UNSET,
    Unset,
    WrongType,
    decode_list,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.contact_avatar import ContactAvatar
    from ..models.contact_companies import ContactCompanies
    from ..models.contact_custom_attributes import ContactCustomAttributes
    from ..models.contact_location import ContactLocation
    from ..models.contact_notes import ContactNotes
    from ..models.contact_social_profiles import ContactSocialProfiles
    from ..models.contact_tags import ContactTags
    from ..models.merge_history_item import MergeHistoryItem


def _decode_merge_history(data: Any) -> list[MergeHistoryItem]:
    return decode_list(data, MergeHistoryItem.from_dict)


_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "android_app_name",
        "android_app_version",
        "android_device",
        "android_last_seen_at",
        "android_os_version",
        "android_sdk_version",
        "avatar",
        "browser",
        "browser_language",
        "browser_version",
        "companies",
        "created_at",
        "custom_attributes",
        "email",
        "email_domain",
        "external_id",
        "formatted_phone",
        "has_hard_bounced",
        "id",
        "ios_app_name",
        "ios_app_version",
        "ios_device",
        "ios_last_seen_at",
        "ios_os_version",
        "ios_sdk_version",
        "language_override",
        "last_contacted_at",
        "last_email_clicked_at",
        "last_email_opened_at",
        "last_replied_at",
        "last_seen_at",
        "location",
        "marked_email_as_spam",
        "merge_history",
        "name",
        "notes",
        "os",
        "owner_id",
        "phone",
        "role",
        "signed_up_at",
        "social_profiles",
        "tags",
        "type",
        "unsubscribed_from_emails",
        "updated_at",
        "workspace_id",
    }
)


@_attrs_define(kw_only=True)
class Contact:
    """Contacts represent your leads and users in Intercom.

    Attributes:
        android_app_name (None | str | Unset): The name of the Android app which the contact is using. Example:
            Intercom.
        android_app_version (None | str | Unset): The version of the Android app which the contact is using. Example:
            5.0.0.
        android_device (None | str | Unset): The Android device which the contact is using. Example: Pixel 3.
        android_last_seen_at (int | None | Unset): (Unix timestamp in seconds) The time when the contact was last seen
            on an Android device. Example: 1571672154.
        android_os_version (None | str | Unset): The version of the Android OS which the contact is using. Example: 10.
        android_sdk_version (None | str | Unset): The version of the Android SDK which the contact is using. Example:
            28.
        avatar (ContactAvatar | None | Unset):
        browser (None | str | Unset): The name of the browser which the contact is using. Example: Chrome.
        browser_language (None | str | Unset): The language set by the browser which the contact is using. Example: en-
            US.
        browser_version (None | str | Unset): The version of the browser which the contact is using. Example:
            80.0.3987.132.
        companies (ContactCompanies | Unset): An object with metadata about companies attached to a contact . Up to 10
            will be displayed here. Use the url to get more.
        created_at (int | Unset): (Unix timestamp in seconds) The time when the contact was created. Example:
            1571672154.
        custom_attributes (ContactCustomAttributes | Unset): The custom attributes which are set for the contact.
        email (str | Unset): The contact's email. Example: joe@example.com.
        email_domain (str | Unset): The contact's email domain. Example: example.com.
        external_id (None | str | Unset): The unique identifier for the contact which is provided by the Client.
            Example: f3b87a2e09d514c6c2e79b9a.
        formatted_phone (None | str | Unset): The contacts phone number normalized to the E164 format Example:
            +1123456789.
        has_hard_bounced (bool | Unset): Whether the contact has had an email sent to them hard bounce. Example: True.
        id (str | Unset): The unique identifier for the contact which is given by Intercom. Example:
            5ba682d23d7cf92bef87bfd4.
        ios_app_name (None | str | Unset): The name of the iOS app which the contact is using. Example: Intercom.
        ios_app_version (None | str | Unset): The version of the iOS app which the contact is using. Example: 5.0.0.
        ios_device (None | str | Unset): The iOS device which the contact is using. Example: iPhone 11.
        ios_last_seen_at (int | None | Unset): (Unix timestamp in seconds) The last time the contact used the iOS app.
            Example: 1571672154.
        ios_os_version (None | str | Unset): The version of iOS which the contact is using. Example: 13.3.1.
        ios_sdk_version (None | str | Unset): The version of the iOS SDK which the contact is using. Example: 13.3.1.
        language_override (None | str | Unset): A preferred language setting for the contact, used by Intercom as the
            language of Fin and the Messenger even if their browser has a different setting. Supports ISO 639-1 two-letter
            language codes. If an unsupported code is supplied, the field will be set to null. Example: en.
        last_contacted_at (int | None | Unset): (Unix timestamp in seconds) The time when the contact was last messaged.
            Example: 1571672154.
        last_email_clicked_at (int | None | Unset): (Unix timestamp in seconds) The time when the contact last clicked a
            link in an email. Example: 1571672154.
        last_email_opened_at (int | None | Unset): (Unix timestamp in seconds) The time when the contact last opened an
            email. Example: 1571672154.
        last_replied_at (int | None | Unset): (Unix timestamp in seconds) The time when the contact last messaged in.
            Example: 1571672154.
        last_seen_at (int | None | Unset): (Unix timestamp in seconds) The time when the contact was last seen (either
            where the Intercom Messenger was installed or when specified manually). Example: 1571672154.
        location (ContactLocation | Unset): An object containing location meta data about a Intercom contact.
        marked_email_as_spam (bool | Unset): Whether the contact has marked an email sent to them as spam. Example:
            True.
        merge_history (list[MergeHistoryItem] | None | Unset): A list of contacts that were merged into this contact.
            Only included in the response when `include_merge_history=true` is passed as a query parameter. Only available
            for contacts with a `user` role.
        name (None | str | Unset): The contacts name. Example: John Doe.
        notes (ContactNotes | Unset): An object containing notes meta data about the notes that a contact has. Up to 10
            will be displayed here. Use the url to get more.
        os (None | str | Unset): The operating system which the contact is using. Example: Mac OS X.
        owner_id (None | str | Unset): The id of an admin that has been assigned account ownership of the contact.
            Example: 321.
        phone (None | str | Unset): The contacts phone. Example: +1123456789.
        role (str | Unset): The role of the contact. Example: user.
        signed_up_at (int | None | Unset): (Unix timestamp in seconds) The time specified for when a contact signed up.
            Example: 1571672154.
        social_profiles (ContactSocialProfiles | Unset): An object containing social profiles that a contact has.
        tags (ContactTags | None | Unset):
        type_ (str | Unset): The type of object. Example: contact.
        unsubscribed_from_emails (bool | Unset): Whether the contact is unsubscribed from emails. Example: True.
        updated_at (int | Unset): (Unix timestamp in seconds) The time when the contact was last updated. Example:
            1571672154.
        workspace_id (str | Unset): The id of the workspace which the contact belongs to. Example: ecahpwf5.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    android_app_name: None | str | None | Unset = UNSET
    android_app_version: None | str | None | Unset = UNSET
    android_device: None | str | None | Unset = UNSET
    android_last_seen_at: int | None | None | Unset = UNSET
    android_os_version: None | str | None | Unset = UNSET
    android_sdk_version: None | str | None | Unset = UNSET
    avatar: ContactAvatar | None | None | Unset = UNSET
    browser: None | str | None | Unset = UNSET
    browser_language: None | str | None | Unset = UNSET
    browser_version: None | str | None | Unset = UNSET
    companies: ContactCompanies | None | Unset = UNSET
    created_at: int | None | Unset = UNSET
    custom_attributes: ContactCustomAttributes | None | Unset = UNSET
    email: str | None | Unset = UNSET
    email_domain: str | None | Unset = UNSET
    external_id: None | str | None | Unset = UNSET
    formatted_phone: None | str | None | Unset = UNSET
    has_hard_bounced: bool | None | Unset = UNSET
    id: str | None | Unset = UNSET
    ios_app_name: None | str | None | Unset = UNSET
    ios_app_version: None | str | None | Unset = UNSET
    ios_device: None | str | None | Unset = UNSET
    ios_last_seen_at: int | None | None | Unset = UNSET
    ios_os_version: None | str | None | Unset = UNSET
    ios_sdk_version: None | str | None | Unset = UNSET
    language_override: None | str | None | Unset = UNSET
    last_contacted_at: int | None | None | Unset = UNSET
    last_email_clicked_at: int | None | None | Unset = UNSET
    last_email_opened_at: int | None | None | Unset = UNSET
    last_replied_at: int | None | None | Unset = UNSET
    last_seen_at: int | None | None | Unset = UNSET
    location: ContactLocation | None | Unset = UNSET
    marked_email_as_spam: bool | None | Unset = UNSET
    merge_history: list[MergeHistoryItem] | None | None | Unset = UNSET
    name: None | str | None | Unset = UNSET
    notes: ContactNotes | None | Unset = UNSET
    os: None | str | None | Unset = UNSET
    owner_id: None | str | None | Unset = UNSET
    phone: None | str | None | Unset = UNSET
    role: str | None | Unset = UNSET
    signed_up_at: int | None | None | Unset = UNSET
    social_profiles: ContactSocialProfiles | None | Unset = UNSET
    tags: ContactTags | None | None | Unset = UNSET
    type_: str | None | Unset = UNSET
    unsubscribed_from_emails: bool | None | Unset = UNSET
    updated_at: int | None | Unset = UNSET
    workspace_id: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.android_app_name
        if _v is not UNSET:
            _d["android_app_name"] = None if _v is None else to_jsonable(_v)
        _v = self.android_app_version
        if _v is not UNSET:
            _d["android_app_version"] = None if _v is None else to_jsonable(_v)
        _v = self.android_device
        if _v is not UNSET:
            _d["android_device"] = None if _v is None else to_jsonable(_v)
        _v = self.android_last_seen_at
        if _v is not UNSET:
            _d["android_last_seen_at"] = None if _v is None else to_jsonable(_v)
        _v = self.android_os_version
        if _v is not UNSET:
            _d["android_os_version"] = None if _v is None else to_jsonable(_v)
        _v = self.android_sdk_version
        if _v is not UNSET:
            _d["android_sdk_version"] = None if _v is None else to_jsonable(_v)
        _v = self.avatar
        if _v is not UNSET:
            _d["avatar"] = None if _v is None else to_jsonable(_v)
        _v = self.browser
        if _v is not UNSET:
            _d["browser"] = None if _v is None else to_jsonable(_v)
        _v = self.browser_language
        if _v is not UNSET:
            _d["browser_language"] = None if _v is None else to_jsonable(_v)
        _v = self.browser_version
        if _v is not UNSET:
            _d["browser_version"] = None if _v is None else to_jsonable(_v)
        _v = self.companies
        if _v is not UNSET:
            _d["companies"] = None if _v is None else _v.to_dict()
        _v = self.created_at
        if _v is not UNSET:
            _d["created_at"] = _v
        _v = self.custom_attributes
        if _v is not UNSET:
            _d["custom_attributes"] = None if _v is None else _v.to_dict()
        _v = self.email
        if _v is not UNSET:
            _d["email"] = _v
        _v = self.email_domain
        if _v is not UNSET:
            _d["email_domain"] = _v
        _v = self.external_id
        if _v is not UNSET:
            _d["external_id"] = None if _v is None else to_jsonable(_v)
        _v = self.formatted_phone
        if _v is not UNSET:
            _d["formatted_phone"] = None if _v is None else to_jsonable(_v)
        _v = self.has_hard_bounced
        if _v is not UNSET:
            _d["has_hard_bounced"] = _v
        _v = self.id
        if _v is not UNSET:
            _d["id"] = _v
        _v = self.ios_app_name
        if _v is not UNSET:
            _d["ios_app_name"] = None if _v is None else to_jsonable(_v)
        _v = self.ios_app_version
        if _v is not UNSET:
            _d["ios_app_version"] = None if _v is None else to_jsonable(_v)
        _v = self.ios_device
        if _v is not UNSET:
            _d["ios_device"] = None if _v is None else to_jsonable(_v)
        _v = self.ios_last_seen_at
        if _v is not UNSET:
            _d["ios_last_seen_at"] = None if _v is None else to_jsonable(_v)
        _v = self.ios_os_version
        if _v is not UNSET:
            _d["ios_os_version"] = None if _v is None else to_jsonable(_v)
        _v = self.ios_sdk_version
        if _v is not UNSET:
            _d["ios_sdk_version"] = None if _v is None else to_jsonable(_v)
        _v = self.language_override
        if _v is not UNSET:
            _d["language_override"] = None if _v is None else to_jsonable(_v)
        _v = self.last_contacted_at
        if _v is not UNSET:
            _d["last_contacted_at"] = None if _v is None else to_jsonable(_v)
        _v = self.last_email_clicked_at
        if _v is not UNSET:
            _d["last_email_clicked_at"] = None if _v is None else to_jsonable(_v)
        _v = self.last_email_opened_at
        if _v is not UNSET:
            _d["last_email_opened_at"] = None if _v is None else to_jsonable(_v)
        _v = self.last_replied_at
        if _v is not UNSET:
            _d["last_replied_at"] = None if _v is None else to_jsonable(_v)
        _v = self.last_seen_at
        if _v is not UNSET:
            _d["last_seen_at"] = None if _v is None else to_jsonable(_v)
        _v = self.location
        if _v is not UNSET:
            _d["location"] = None if _v is None else _v.to_dict()
        _v = self.marked_email_as_spam
        if _v is not UNSET:
            _d["marked_email_as_spam"] = _v
        _v = self.merge_history
        if _v is not UNSET:
            _d["merge_history"] = None if _v is None else to_jsonable(_v)
        _v = self.name
        if _v is not UNSET:
            _d["name"] = None if _v is None else to_jsonable(_v)
        _v = self.notes
        if _v is not UNSET:
            _d["notes"] = None if _v is None else _v.to_dict()
        _v = self.os
        if _v is not UNSET:
            _d["os"] = None if _v is None else to_jsonable(_v)
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
        _v = self.social_profiles
        if _v is not UNSET:
            _d["social_profiles"] = None if _v is None else _v.to_dict()
        _v = self.tags
        if _v is not UNSET:
            _d["tags"] = None if _v is None else to_jsonable(_v)
        _v = self.type_
        if _v is not UNSET:
            _d["type"] = _v
        _v = self.unsubscribed_from_emails
        if _v is not UNSET:
            _d["unsubscribed_from_emails"] = _v
        _v = self.updated_at
        if _v is not UNSET:
            _d["updated_at"] = _v
        _v = self.workspace_id
        if _v is not UNSET:
            _d["workspace_id"] = _v
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="Contact")
            _d = dict(_d)
        _f = ""
        try:
            android_app_name = _d.get("android_app_name", UNSET)
            if android_app_name.__class__ is dict or android_app_name.__class__ is list:
                raise WrongType("string", android_app_name, "android_app_name")

            android_app_version = _d.get("android_app_version", UNSET)
            if android_app_version.__class__ is dict or android_app_version.__class__ is list:
                raise WrongType("string", android_app_version, "android_app_version")

            android_device = _d.get("android_device", UNSET)
            if android_device.__class__ is dict or android_device.__class__ is list:
                raise WrongType("string", android_device, "android_device")

            android_last_seen_at = _d.get("android_last_seen_at", UNSET)
            if android_last_seen_at.__class__ is dict or android_last_seen_at.__class__ is list:
                raise WrongType("integer", android_last_seen_at, "android_last_seen_at")

            android_os_version = _d.get("android_os_version", UNSET)
            if android_os_version.__class__ is dict or android_os_version.__class__ is list:
                raise WrongType("string", android_os_version, "android_os_version")

            android_sdk_version = _d.get("android_sdk_version", UNSET)
            if android_sdk_version.__class__ is dict or android_sdk_version.__class__ is list:
                raise WrongType("string", android_sdk_version, "android_sdk_version")

            avatar = _d.get("avatar", UNSET)
            if avatar is not None and avatar is not UNSET:
                _f = "avatar"
                avatar = ContactAvatar.from_dict(avatar)

            browser = _d.get("browser", UNSET)
            if browser.__class__ is dict or browser.__class__ is list:
                raise WrongType("string", browser, "browser")

            browser_language = _d.get("browser_language", UNSET)
            if browser_language.__class__ is dict or browser_language.__class__ is list:
                raise WrongType("string", browser_language, "browser_language")

            browser_version = _d.get("browser_version", UNSET)
            if browser_version.__class__ is dict or browser_version.__class__ is list:
                raise WrongType("string", browser_version, "browser_version")

            companies = _d.get("companies", UNSET)
            if companies is not None and companies is not UNSET:
                _f = "companies"
                companies = ContactCompanies.from_dict(companies)

            created_at = _d.get("created_at", UNSET)
            if created_at.__class__ is dict or created_at.__class__ is list:
                raise WrongType("integer", created_at, "created_at")

            custom_attributes = _d.get("custom_attributes", UNSET)
            if custom_attributes is not None and custom_attributes is not UNSET:
                _f = "custom_attributes"
                custom_attributes = ContactCustomAttributes.from_dict(custom_attributes)

            email = _d.get("email", UNSET)
            if email.__class__ is dict or email.__class__ is list:
                raise WrongType("string", email, "email")

            email_domain = _d.get("email_domain", UNSET)
            if email_domain.__class__ is dict or email_domain.__class__ is list:
                raise WrongType("string", email_domain, "email_domain")

            external_id = _d.get("external_id", UNSET)
            if external_id.__class__ is dict or external_id.__class__ is list:
                raise WrongType("string", external_id, "external_id")

            formatted_phone = _d.get("formatted_phone", UNSET)
            if formatted_phone.__class__ is dict or formatted_phone.__class__ is list:
                raise WrongType("string", formatted_phone, "formatted_phone")

            has_hard_bounced = _d.get("has_hard_bounced", UNSET)
            if has_hard_bounced.__class__ is dict or has_hard_bounced.__class__ is list:
                raise WrongType("boolean", has_hard_bounced, "has_hard_bounced")

            id = _d.get("id", UNSET)
            if id.__class__ is dict or id.__class__ is list:
                raise WrongType("string", id, "id")

            ios_app_name = _d.get("ios_app_name", UNSET)
            if ios_app_name.__class__ is dict or ios_app_name.__class__ is list:
                raise WrongType("string", ios_app_name, "ios_app_name")

            ios_app_version = _d.get("ios_app_version", UNSET)
            if ios_app_version.__class__ is dict or ios_app_version.__class__ is list:
                raise WrongType("string", ios_app_version, "ios_app_version")

            ios_device = _d.get("ios_device", UNSET)
            if ios_device.__class__ is dict or ios_device.__class__ is list:
                raise WrongType("string", ios_device, "ios_device")

            ios_last_seen_at = _d.get("ios_last_seen_at", UNSET)
            if ios_last_seen_at.__class__ is dict or ios_last_seen_at.__class__ is list:
                raise WrongType("integer", ios_last_seen_at, "ios_last_seen_at")

            ios_os_version = _d.get("ios_os_version", UNSET)
            if ios_os_version.__class__ is dict or ios_os_version.__class__ is list:
                raise WrongType("string", ios_os_version, "ios_os_version")

            ios_sdk_version = _d.get("ios_sdk_version", UNSET)
            if ios_sdk_version.__class__ is dict or ios_sdk_version.__class__ is list:
                raise WrongType("string", ios_sdk_version, "ios_sdk_version")

            language_override = _d.get("language_override", UNSET)
            if language_override.__class__ is dict or language_override.__class__ is list:
                raise WrongType("string", language_override, "language_override")

            last_contacted_at = _d.get("last_contacted_at", UNSET)
            if last_contacted_at.__class__ is dict or last_contacted_at.__class__ is list:
                raise WrongType("integer", last_contacted_at, "last_contacted_at")

            last_email_clicked_at = _d.get("last_email_clicked_at", UNSET)
            if last_email_clicked_at.__class__ is dict or last_email_clicked_at.__class__ is list:
                raise WrongType("integer", last_email_clicked_at, "last_email_clicked_at")

            last_email_opened_at = _d.get("last_email_opened_at", UNSET)
            if last_email_opened_at.__class__ is dict or last_email_opened_at.__class__ is list:
                raise WrongType("integer", last_email_opened_at, "last_email_opened_at")

            last_replied_at = _d.get("last_replied_at", UNSET)
            if last_replied_at.__class__ is dict or last_replied_at.__class__ is list:
                raise WrongType("integer", last_replied_at, "last_replied_at")

            last_seen_at = _d.get("last_seen_at", UNSET)
            if last_seen_at.__class__ is dict or last_seen_at.__class__ is list:
                raise WrongType("integer", last_seen_at, "last_seen_at")

            location = _d.get("location", UNSET)
            if location is not None and location is not UNSET:
                _f = "location"
                location = ContactLocation.from_dict(location)

            marked_email_as_spam = _d.get("marked_email_as_spam", UNSET)
            if marked_email_as_spam.__class__ is dict or marked_email_as_spam.__class__ is list:
                raise WrongType("boolean", marked_email_as_spam, "marked_email_as_spam")

            merge_history = _d.get("merge_history", UNSET)
            if merge_history is not None and merge_history is not UNSET:
                _f = "merge_history"
                merge_history = _decode_merge_history(merge_history)

            name = _d.get("name", UNSET)
            if name.__class__ is dict or name.__class__ is list:
                raise WrongType("string", name, "name")

            notes = _d.get("notes", UNSET)
            if notes is not None and notes is not UNSET:
                _f = "notes"
                notes = ContactNotes.from_dict(notes)

            os = _d.get("os", UNSET)
            if os.__class__ is dict or os.__class__ is list:
                raise WrongType("string", os, "os")

            owner_id = _d.get("owner_id", UNSET)
            if owner_id.__class__ is dict or owner_id.__class__ is list:
                raise WrongType("string", owner_id, "owner_id")

            phone = _d.get("phone", UNSET)
            if phone.__class__ is dict or phone.__class__ is list:
                raise WrongType("string", phone, "phone")

            role = _d.get("role", UNSET)
            if role.__class__ is dict or role.__class__ is list:
                raise WrongType("string", role, "role")

            signed_up_at = _d.get("signed_up_at", UNSET)
            if signed_up_at.__class__ is dict or signed_up_at.__class__ is list:
                raise WrongType("integer", signed_up_at, "signed_up_at")

            social_profiles = _d.get("social_profiles", UNSET)
            if social_profiles is not None and social_profiles is not UNSET:
                _f = "social_profiles"
                social_profiles = ContactSocialProfiles.from_dict(social_profiles)

            tags = _d.get("tags", UNSET)
            if tags is not None and tags is not UNSET:
                _f = "tags"
                tags = ContactTags.from_dict(tags)

            type_ = _d.get("type", UNSET)
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            unsubscribed_from_emails = _d.get("unsubscribed_from_emails", UNSET)
            if unsubscribed_from_emails.__class__ is dict or unsubscribed_from_emails.__class__ is list:
                raise WrongType("boolean", unsubscribed_from_emails, "unsubscribed_from_emails")

            updated_at = _d.get("updated_at", UNSET)
            if updated_at.__class__ is dict or updated_at.__class__ is list:
                raise WrongType("integer", updated_at, "updated_at")

            workspace_id = _d.get("workspace_id", UNSET)
            if workspace_id.__class__ is dict or workspace_id.__class__ is list:
                raise WrongType("string", workspace_id, "workspace_id")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.android_app_name = android_app_name
            _obj.android_app_version = android_app_version
            _obj.android_device = android_device
            _obj.android_last_seen_at = android_last_seen_at
            _obj.android_os_version = android_os_version
            _obj.android_sdk_version = android_sdk_version
            _obj.avatar = avatar
            _obj.browser = browser
            _obj.browser_language = browser_language
            _obj.browser_version = browser_version
            _obj.companies = companies
            _obj.created_at = created_at
            _obj.custom_attributes = custom_attributes
            _obj.email = email
            _obj.email_domain = email_domain
            _obj.external_id = external_id
            _obj.formatted_phone = formatted_phone
            _obj.has_hard_bounced = has_hard_bounced
            _obj.id = id
            _obj.ios_app_name = ios_app_name
            _obj.ios_app_version = ios_app_version
            _obj.ios_device = ios_device
            _obj.ios_last_seen_at = ios_last_seen_at
            _obj.ios_os_version = ios_os_version
            _obj.ios_sdk_version = ios_sdk_version
            _obj.language_override = language_override
            _obj.last_contacted_at = last_contacted_at
            _obj.last_email_clicked_at = last_email_clicked_at
            _obj.last_email_opened_at = last_email_opened_at
            _obj.last_replied_at = last_replied_at
            _obj.last_seen_at = last_seen_at
            _obj.location = location
            _obj.marked_email_as_spam = marked_email_as_spam
            _obj.merge_history = merge_history
            _obj.name = name
            _obj.notes = notes
            _obj.os = os
            _obj.owner_id = owner_id
            _obj.phone = phone
            _obj.role = role
            _obj.signed_up_at = signed_up_at
            _obj.social_profiles = social_profiles
            _obj.tags = tags
            _obj.type_ = type_
            _obj.unsubscribed_from_emails = unsubscribed_from_emails
            _obj.updated_at = updated_at
            _obj.workspace_id = workspace_id
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError("required field is missing", model="Contact", path=(exc.args[0],)) from None
        except ResponseDecodingError as exc:
            raise exc.within("Contact", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="Contact", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="Contact", path=(_f,) if _f else ()) from None
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.contact_avatar import ContactAvatar  # noqa: E402
from ..models.contact_companies import ContactCompanies  # noqa: E402
from ..models.contact_custom_attributes import ContactCustomAttributes  # noqa: E402
from ..models.contact_location import ContactLocation  # noqa: E402
from ..models.contact_notes import ContactNotes  # noqa: E402
from ..models.contact_social_profiles import ContactSocialProfiles  # noqa: E402
from ..models.contact_tags import ContactTags  # noqa: E402
from ..models.merge_history_item import MergeHistoryItem  # noqa: E402
