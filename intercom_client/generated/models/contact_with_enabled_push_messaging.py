# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    DECODE_ERRORS,
    DecodingIssue,
    FieldSpec,
    Pending,
    WrongType,
    check_bool,
    check_int,
    check_str,
    decode_leniently,
    decode_list,
    install_lazy_fields,
    to_jsonable,
)
from .contact import Contact

if TYPE_CHECKING:
    from ..models.contact_avatar import ContactAvatar
    from ..models.contact_companies import ContactCompanies
    from ..models.contact_custom_attributes import ContactCustomAttributes
    from ..models.contact_location import ContactLocation
    from ..models.contact_notes import ContactNotes
    from ..models.contact_social_profiles import ContactSocialProfiles
    from ..models.contact_tags import ContactTags
    from ..models.merge_history_item import MergeHistoryItem


def _decode_avatar(data: Any) -> Any:
    try:
        return ContactAvatar.from_dict(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    return check_str(data)


def _decode_merge_history(data: Any) -> list[MergeHistoryItem]:
    return decode_list(data, MergeHistoryItem.from_dict)


def _decode_owner_id(data: Any) -> Any:
    try:
        return check_str(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    return check_int(data)


_new_instance = object.__new__
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "created_at",
        "id",
        "role",
        "type",
        "updated_at",
        "workspace_id",
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
        "custom_attributes",
        "email",
        "email_domain",
        "external_id",
        "formatted_phone",
        "has_hard_bounced",
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
        "signed_up_at",
        "sms_consent",
        "social_profiles",
        "tags",
        "unsubscribed_from_emails",
        "unsubscribed_from_sms",
        "enabled_push_messaging",
    }
)


@_attrs_define(kw_only=True)
class ContactWithEnabledPushMessaging(Contact):
    """
    Attributes:
        created_at (int): (Unix timestamp in seconds) The time when the contact was created. Example: 1571672154.
        id (str): The unique identifier for the contact which is given by Intercom. Example: 5ba682d23d7cf92bef87bfd4.
        role (str): The role of the contact. Example: user.
        type_ (str): The type of object. Example: contact.
        updated_at (int): (Unix timestamp in seconds) The time when the contact was last updated. Example: 1571672154.
        workspace_id (str): The id of the workspace which the contact belongs to. Example: ecahpwf5.
        android_app_name (None | str): The name of the Android app which the contact is using. Example: Intercom.
        android_app_version (None | str): The version of the Android app which the contact is using. Example: 5.0.0.
        android_device (None | str): The Android device which the contact is using. Example: Pixel 3.
        android_last_seen_at (int | None): (Unix timestamp in seconds) The time when the contact was last seen on an
            Android device. Example: 1571672154.
        android_os_version (None | str): The version of the Android OS which the contact is using. Example: 10.
        android_sdk_version (None | str): The version of the Android SDK which the contact is using. Example: 28.
        avatar (ContactAvatar | None | str):
        browser (None | str): The name of the browser which the contact is using. Example: Chrome.
        browser_language (None | str): The language set by the browser which the contact is using. Example: en-US.
        browser_version (None | str): The version of the browser which the contact is using. Example: 80.0.3987.132.
        companies (ContactCompanies): An object with metadata about companies attached to a contact . Up to 10 will be
            displayed here. Use the url to get more.
        custom_attributes (ContactCustomAttributes): The custom attributes which are set for the contact.
        email (None | str): The contact's email. Example: joe@example.com.
        email_domain (str): The contact's email domain. Example: example.com.
        external_id (None | str): The unique identifier for the contact which is provided by the Client. Example:
            f3b87a2e09d514c6c2e79b9a.
        formatted_phone (None | str): The contacts phone number normalized to the E164 format Example: +1123456789.
        has_hard_bounced (bool): Whether the contact has had an email sent to them hard bounce. Example: True.
        ios_app_name (None | str): The name of the iOS app which the contact is using. Example: Intercom.
        ios_app_version (None | str): The version of the iOS app which the contact is using. Example: 5.0.0.
        ios_device (None | str): The iOS device which the contact is using. Example: iPhone 11.
        ios_last_seen_at (int | None): (Unix timestamp in seconds) The last time the contact used the iOS app. Example:
            1571672154.
        ios_os_version (None | str): The version of iOS which the contact is using. Example: 13.3.1.
        ios_sdk_version (None | str): The version of the iOS SDK which the contact is using. Example: 13.3.1.
        language_override (None | str): A preferred language setting for the contact, used by Intercom as the language
            of Fin and the Messenger even if their browser has a different setting. Supports ISO 639-1 two-letter language
            codes. If an unsupported code is supplied, the field will be set to null. Example: en.
        last_contacted_at (int | None): (Unix timestamp in seconds) The time when the contact was last messaged.
            Example: 1571672154.
        last_email_clicked_at (int | None): (Unix timestamp in seconds) The time when the contact last clicked a link in
            an email. Example: 1571672154.
        last_email_opened_at (int | None): (Unix timestamp in seconds) The time when the contact last opened an email.
            Example: 1571672154.
        last_replied_at (int | None): (Unix timestamp in seconds) The time when the contact last messaged in. Example:
            1571672154.
        last_seen_at (int | None): (Unix timestamp in seconds) The time when the contact was last seen (either where the
            Intercom Messenger was installed or when specified manually). Example: 1571672154.
        location (ContactLocation): An object containing location meta data about a Intercom contact.
        marked_email_as_spam (bool): Whether the contact has marked an email sent to them as spam. Example: True.
        merge_history (list[MergeHistoryItem] | None): A list of contacts that were merged into this contact. Only
            included in the response when `include_merge_history=true` is passed as a query parameter. Only available for
            contacts with a `user` role.
        name (None | str): The contacts name. Example: John Doe.
        notes (ContactNotes): An object containing notes meta data about the notes that a contact has. Up to 10 will be
            displayed here. Use the url to get more.
        os (None | str): The operating system which the contact is using. Example: Mac OS X.
        owner_id (int | None | str): The id of an admin that has been assigned account ownership of the contact.
        phone (None | str): The contacts phone. Example: +1123456789.
        signed_up_at (int | None): (Unix timestamp in seconds) The time specified for when a contact signed up. Example:
            1571672154.
        sms_consent (bool | None): Whether the contact consented to receive SMS.
        social_profiles (ContactSocialProfiles): An object containing social profiles that a contact has.
        tags (ContactTags | None):
        unsubscribed_from_emails (bool): Whether the contact is unsubscribed from emails. Example: True.
        unsubscribed_from_sms (bool | None): Whether the contact unsubscribed from SMS.
        enabled_push_messaging (bool | None): If the user has enabled push messaging. Example: True.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    created_at: int
    id: str
    role: str
    type_: str
    updated_at: int
    workspace_id: str
    android_app_name: str | None = None
    android_app_version: str | None = None
    android_device: str | None = None
    android_last_seen_at: int | None = None
    android_os_version: str | None = None
    android_sdk_version: str | None = None
    avatar: ContactAvatar | str | None = None
    browser: str | None = None
    browser_language: str | None = None
    browser_version: str | None = None
    companies: ContactCompanies | None = None
    custom_attributes: ContactCustomAttributes | None = None
    email: str | None = None
    email_domain: str | None = None
    external_id: str | None = None
    formatted_phone: str | None = None
    has_hard_bounced: bool | None = None
    ios_app_name: str | None = None
    ios_app_version: str | None = None
    ios_device: str | None = None
    ios_last_seen_at: int | None = None
    ios_os_version: str | None = None
    ios_sdk_version: str | None = None
    language_override: str | None = None
    last_contacted_at: int | None = None
    last_email_clicked_at: int | None = None
    last_email_opened_at: int | None = None
    last_replied_at: int | None = None
    last_seen_at: int | None = None
    location: ContactLocation | None = None
    marked_email_as_spam: bool | None = None
    merge_history: list[MergeHistoryItem] | None = None
    name: str | None = None
    notes: ContactNotes | None = None
    os: str | None = None
    owner_id: str | int | None = None
    phone: str | None = None
    signed_up_at: int | None = None
    sms_consent: bool | None = None
    social_profiles: ContactSocialProfiles | None = None
    tags: ContactTags | None = None
    unsubscribed_from_emails: bool | None = None
    unsubscribed_from_sms: bool | None = None
    enabled_push_messaging: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = _v
        _v = self.id
        if _v is not None:
            _d["id"] = _v
        _v = self.role
        if _v is not None:
            _d["role"] = _v
        _v = self.type_
        if _v is not None:
            _d["type"] = _v
        _v = self.updated_at
        if _v is not None:
            _d["updated_at"] = _v
        _v = self.workspace_id
        if _v is not None:
            _d["workspace_id"] = _v
        _v = self.android_app_name
        if _v is not None:
            _d["android_app_name"] = to_jsonable(_v)
        _v = self.android_app_version
        if _v is not None:
            _d["android_app_version"] = to_jsonable(_v)
        _v = self.android_device
        if _v is not None:
            _d["android_device"] = to_jsonable(_v)
        _v = self.android_last_seen_at
        if _v is not None:
            _d["android_last_seen_at"] = to_jsonable(_v)
        _v = self.android_os_version
        if _v is not None:
            _d["android_os_version"] = to_jsonable(_v)
        _v = self.android_sdk_version
        if _v is not None:
            _d["android_sdk_version"] = to_jsonable(_v)
        _v = self.avatar
        if _v is not None:
            _d["avatar"] = to_jsonable(_v)
        _v = self.browser
        if _v is not None:
            _d["browser"] = to_jsonable(_v)
        _v = self.browser_language
        if _v is not None:
            _d["browser_language"] = to_jsonable(_v)
        _v = self.browser_version
        if _v is not None:
            _d["browser_version"] = to_jsonable(_v)
        _v = self.companies
        if _v is not None:
            _d["companies"] = to_jsonable(_v)
        _v = self.custom_attributes
        if _v is not None:
            _d["custom_attributes"] = to_jsonable(_v)
        _v = self.email
        if _v is not None:
            _d["email"] = to_jsonable(_v)
        _v = self.email_domain
        if _v is not None:
            _d["email_domain"] = _v
        _v = self.external_id
        if _v is not None:
            _d["external_id"] = to_jsonable(_v)
        _v = self.formatted_phone
        if _v is not None:
            _d["formatted_phone"] = to_jsonable(_v)
        _v = self.has_hard_bounced
        if _v is not None:
            _d["has_hard_bounced"] = _v
        _v = self.ios_app_name
        if _v is not None:
            _d["ios_app_name"] = to_jsonable(_v)
        _v = self.ios_app_version
        if _v is not None:
            _d["ios_app_version"] = to_jsonable(_v)
        _v = self.ios_device
        if _v is not None:
            _d["ios_device"] = to_jsonable(_v)
        _v = self.ios_last_seen_at
        if _v is not None:
            _d["ios_last_seen_at"] = to_jsonable(_v)
        _v = self.ios_os_version
        if _v is not None:
            _d["ios_os_version"] = to_jsonable(_v)
        _v = self.ios_sdk_version
        if _v is not None:
            _d["ios_sdk_version"] = to_jsonable(_v)
        _v = self.language_override
        if _v is not None:
            _d["language_override"] = to_jsonable(_v)
        _v = self.last_contacted_at
        if _v is not None:
            _d["last_contacted_at"] = to_jsonable(_v)
        _v = self.last_email_clicked_at
        if _v is not None:
            _d["last_email_clicked_at"] = to_jsonable(_v)
        _v = self.last_email_opened_at
        if _v is not None:
            _d["last_email_opened_at"] = to_jsonable(_v)
        _v = self.last_replied_at
        if _v is not None:
            _d["last_replied_at"] = to_jsonable(_v)
        _v = self.last_seen_at
        if _v is not None:
            _d["last_seen_at"] = to_jsonable(_v)
        _v = self.location
        if _v is not None:
            _d["location"] = to_jsonable(_v)
        _v = self.marked_email_as_spam
        if _v is not None:
            _d["marked_email_as_spam"] = _v
        _v = self.merge_history
        if _v is not None:
            _d["merge_history"] = to_jsonable(_v)
        _v = self.name
        if _v is not None:
            _d["name"] = to_jsonable(_v)
        _v = self.notes
        if _v is not None:
            _d["notes"] = to_jsonable(_v)
        _v = self.os
        if _v is not None:
            _d["os"] = to_jsonable(_v)
        _v = self.owner_id
        if _v is not None:
            _d["owner_id"] = to_jsonable(_v)
        _v = self.phone
        if _v is not None:
            _d["phone"] = to_jsonable(_v)
        _v = self.signed_up_at
        if _v is not None:
            _d["signed_up_at"] = to_jsonable(_v)
        _v = self.sms_consent
        if _v is not None:
            _d["sms_consent"] = to_jsonable(_v)
        _v = self.social_profiles
        if _v is not None:
            _d["social_profiles"] = to_jsonable(_v)
        _v = self.tags
        if _v is not None:
            _d["tags"] = to_jsonable(_v)
        _v = self.unsubscribed_from_emails
        if _v is not None:
            _d["unsubscribed_from_emails"] = _v
        _v = self.unsubscribed_from_sms
        if _v is not None:
            _d["unsubscribed_from_sms"] = to_jsonable(_v)
        _v = self.enabled_push_messaging
        if _v is not None:
            _d["enabled_push_messaging"] = to_jsonable(_v)
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("created_at", "created_at", check_int, True),
            FieldSpec("id", "id", check_str, True),
            FieldSpec("role", "role", check_str, True),
            FieldSpec("type", "type_", check_str, True),
            FieldSpec("updated_at", "updated_at", check_int, True),
            FieldSpec("workspace_id", "workspace_id", check_str, True),
            FieldSpec("android_app_name", "android_app_name", check_str, False),
            FieldSpec("android_app_version", "android_app_version", check_str, False),
            FieldSpec("android_device", "android_device", check_str, False),
            FieldSpec("android_last_seen_at", "android_last_seen_at", check_int, False),
            FieldSpec("android_os_version", "android_os_version", check_str, False),
            FieldSpec("android_sdk_version", "android_sdk_version", check_str, False),
            FieldSpec("avatar", "avatar", _decode_avatar, False),
            FieldSpec("browser", "browser", check_str, False),
            FieldSpec("browser_language", "browser_language", check_str, False),
            FieldSpec("browser_version", "browser_version", check_str, False),
            FieldSpec("companies", "companies", ContactCompanies.from_dict, False),
            FieldSpec("custom_attributes", "custom_attributes", ContactCustomAttributes.from_dict, False),
            FieldSpec("email", "email", check_str, False),
            FieldSpec("email_domain", "email_domain", check_str, False),
            FieldSpec("external_id", "external_id", check_str, False),
            FieldSpec("formatted_phone", "formatted_phone", check_str, False),
            FieldSpec("has_hard_bounced", "has_hard_bounced", check_bool, False),
            FieldSpec("ios_app_name", "ios_app_name", check_str, False),
            FieldSpec("ios_app_version", "ios_app_version", check_str, False),
            FieldSpec("ios_device", "ios_device", check_str, False),
            FieldSpec("ios_last_seen_at", "ios_last_seen_at", check_int, False),
            FieldSpec("ios_os_version", "ios_os_version", check_str, False),
            FieldSpec("ios_sdk_version", "ios_sdk_version", check_str, False),
            FieldSpec("language_override", "language_override", check_str, False),
            FieldSpec("last_contacted_at", "last_contacted_at", check_int, False),
            FieldSpec("last_email_clicked_at", "last_email_clicked_at", check_int, False),
            FieldSpec("last_email_opened_at", "last_email_opened_at", check_int, False),
            FieldSpec("last_replied_at", "last_replied_at", check_int, False),
            FieldSpec("last_seen_at", "last_seen_at", check_int, False),
            FieldSpec("location", "location", ContactLocation.from_dict, False),
            FieldSpec("marked_email_as_spam", "marked_email_as_spam", check_bool, False),
            FieldSpec("merge_history", "merge_history", _decode_merge_history, False),
            FieldSpec("name", "name", check_str, False),
            FieldSpec("notes", "notes", ContactNotes.from_dict, False),
            FieldSpec("os", "os", check_str, False),
            FieldSpec("owner_id", "owner_id", _decode_owner_id, False),
            FieldSpec("phone", "phone", check_str, False),
            FieldSpec("signed_up_at", "signed_up_at", check_int, False),
            FieldSpec("sms_consent", "sms_consent", check_bool, False),
            FieldSpec("social_profiles", "social_profiles", ContactSocialProfiles.from_dict, False),
            FieldSpec("tags", "tags", ContactTags.from_dict, False),
            FieldSpec("unsubscribed_from_emails", "unsubscribed_from_emails", check_bool, False),
            FieldSpec("unsubscribed_from_sms", "unsubscribed_from_sms", check_bool, False),
            FieldSpec("enabled_push_messaging", "enabled_push_messaging", check_bool, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="ContactWithEnabledPushMessaging"
                )
            _d = dict(_d)
        try:
            created_at: Any = _d["created_at"]
            if created_at is None:
                raise WrongType("a value", None)

            id: Any = _d["id"]
            if id is None:
                raise WrongType("a value", None)

            role: Any = _d["role"]
            if role is None:
                raise WrongType("a value", None)

            type_: Any = _d["type"]
            if type_ is None:
                raise WrongType("a value", None)

            updated_at: Any = _d["updated_at"]
            if updated_at is None:
                raise WrongType("a value", None)

            workspace_id: Any = _d["workspace_id"]
            if workspace_id is None:
                raise WrongType("a value", None)

            android_app_name: Any = _d.get("android_app_name")

            android_app_version: Any = _d.get("android_app_version")

            android_device: Any = _d.get("android_device")

            android_last_seen_at: Any = _d.get("android_last_seen_at")

            android_os_version: Any = _d.get("android_os_version")

            android_sdk_version: Any = _d.get("android_sdk_version")

            avatar: Any = _d.get("avatar")
            if avatar is not None:
                avatar = Pending(avatar)
            browser: Any = _d.get("browser")

            browser_language: Any = _d.get("browser_language")

            browser_version: Any = _d.get("browser_version")

            companies: Any = _d.get("companies")
            if companies is not None:
                companies = Pending(companies)
            custom_attributes: Any = _d.get("custom_attributes")
            if custom_attributes is not None:
                custom_attributes = Pending(custom_attributes)
            email: Any = _d.get("email")

            email_domain: Any = _d.get("email_domain")

            external_id: Any = _d.get("external_id")

            formatted_phone: Any = _d.get("formatted_phone")

            has_hard_bounced: Any = _d.get("has_hard_bounced")

            ios_app_name: Any = _d.get("ios_app_name")

            ios_app_version: Any = _d.get("ios_app_version")

            ios_device: Any = _d.get("ios_device")

            ios_last_seen_at: Any = _d.get("ios_last_seen_at")

            ios_os_version: Any = _d.get("ios_os_version")

            ios_sdk_version: Any = _d.get("ios_sdk_version")

            language_override: Any = _d.get("language_override")

            last_contacted_at: Any = _d.get("last_contacted_at")

            last_email_clicked_at: Any = _d.get("last_email_clicked_at")

            last_email_opened_at: Any = _d.get("last_email_opened_at")

            last_replied_at: Any = _d.get("last_replied_at")

            last_seen_at: Any = _d.get("last_seen_at")

            location: Any = _d.get("location")
            if location is not None:
                location = Pending(location)
            marked_email_as_spam: Any = _d.get("marked_email_as_spam")

            merge_history: Any = _d.get("merge_history")
            if merge_history is not None:
                merge_history = Pending(merge_history)
            name: Any = _d.get("name")

            notes: Any = _d.get("notes")
            if notes is not None:
                notes = Pending(notes)
            os: Any = _d.get("os")

            owner_id: Any = _d.get("owner_id")
            if owner_id is not None:
                owner_id = Pending(owner_id)
            phone: Any = _d.get("phone")

            signed_up_at: Any = _d.get("signed_up_at")

            sms_consent: Any = _d.get("sms_consent")

            social_profiles: Any = _d.get("social_profiles")
            if social_profiles is not None:
                social_profiles = Pending(social_profiles)
            tags: Any = _d.get("tags")
            if tags is not None:
                tags = Pending(tags)
            unsubscribed_from_emails: Any = _d.get("unsubscribed_from_emails")

            unsubscribed_from_sms: Any = _d.get("unsubscribed_from_sms")

            enabled_push_messaging: Any = _d.get("enabled_push_messaging")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.created_at = created_at
            _obj.id = id
            _obj.role = role
            _obj.type_ = type_
            _obj.updated_at = updated_at
            _obj.workspace_id = workspace_id
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
            _obj.custom_attributes = custom_attributes
            _obj.email = email
            _obj.email_domain = email_domain
            _obj.external_id = external_id
            _obj.formatted_phone = formatted_phone
            _obj.has_hard_bounced = has_hard_bounced
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
            _obj.signed_up_at = signed_up_at
            _obj.sms_consent = sms_consent
            _obj.social_profiles = social_profiles
            _obj.tags = tags
            _obj.unsubscribed_from_emails = unsubscribed_from_emails
            _obj.unsubscribed_from_sms = unsubscribed_from_sms
            _obj.enabled_push_messaging = enabled_push_messaging
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.contact_avatar import ContactAvatar
from ..models.contact_companies import ContactCompanies
from ..models.contact_custom_attributes import ContactCustomAttributes
from ..models.contact_location import ContactLocation
from ..models.contact_notes import ContactNotes
from ..models.contact_social_profiles import ContactSocialProfiles
from ..models.contact_tags import ContactTags
from ..models.merge_history_item import MergeHistoryItem

install_lazy_fields(
    ContactWithEnabledPushMessaging,
    (
        "avatar",
        "companies",
        "custom_attributes",
        "location",
        "merge_history",
        "notes",
        "owner_id",
        "social_profiles",
        "tags",
    ),
)
