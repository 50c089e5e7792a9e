# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
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

if TYPE_CHECKING:
    from ..models.contact_avatar import ContactAvatar
    from ..models.contact_companies import ContactCompanies
    from ..models.contact_custom_attributes import ContactCustomAttributes
    from ..models.contact_location import ContactLocation
    from ..models.contact_notes import ContactNotes
    from ..models.contact_social_profiles import ContactSocialProfiles
    from ..models.contact_subscription_types import ContactSubscriptionTypes
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
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "created_at": None,
    "id": None,
    "role": None,
    "type_": None,
    "updated_at": None,
    "workspace_id": None,
    "android_app_name": None,
    "android_app_version": None,
    "android_device": None,
    "android_last_seen_at": None,
    "android_os_version": None,
    "android_sdk_version": None,
    "avatar": None,
    "browser": None,
    "browser_language": None,
    "browser_version": None,
    "companies": None,
    "custom_attributes": None,
    "email": None,
    "email_domain": None,
    "enabled_push_messaging": None,
    "external_id": None,
    "formatted_phone": None,
    "has_hard_bounced": None,
    "ios_app_name": None,
    "ios_app_version": None,
    "ios_device": None,
    "ios_last_seen_at": None,
    "ios_os_version": None,
    "ios_sdk_version": None,
    "language_override": None,
    "last_contacted_at": None,
    "last_email_clicked_at": None,
    "last_email_opened_at": None,
    "last_replied_at": None,
    "last_seen_at": None,
    "location": None,
    "marked_email_as_spam": None,
    "merge_history": None,
    "name": None,
    "notes": None,
    "opted_in_subscription_types": None,
    "opted_out_subscription_types": None,
    "os": None,
    "owner_id": None,
    "phone": None,
    "referrer": None,
    "signed_up_at": None,
    "sms_consent": None,
    "social_profiles": None,
    "tags": None,
    "unsubscribed_from_emails": None,
    "unsubscribed_from_sms": None,
    "utm_campaign": None,
    "utm_content": None,
    "utm_medium": None,
    "utm_source": None,
    "utm_term": None,
    "_decoding_issues": (),
}
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
        "enabled_push_messaging",
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
        "opted_in_subscription_types",
        "opted_out_subscription_types",
        "os",
        "owner_id",
        "phone",
        "referrer",
        "signed_up_at",
        "sms_consent",
        "social_profiles",
        "tags",
        "unsubscribed_from_emails",
        "unsubscribed_from_sms",
        "utm_campaign",
        "utm_content",
        "utm_medium",
        "utm_source",
        "utm_term",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class Contact:
    """Contacts represent your leads and users in Intercom.

    Attributes:
        created_at (int): (Unix timestamp in seconds) The time when the contact was created. Example: 1571672154.
        id (str): The unique identifier for the contact which is given by Intercom. Example: 5ba682d23d7cf92bef87bfd4.
        role (str): The role of the contact. Example: user.
        type_ (str): The type of object. Example: contact.
        updated_at (int): (Unix timestamp in seconds) The time when the contact was last updated. Example: 1571672154.
        workspace_id (str): The id of the workspace which the contact belongs to. Example: ecahpwf5.
        android_app_name (str | None): The name of the Android app which the contact is using. Example: Intercom.
        android_app_version (str | None): The version of the Android app which the contact is using. Example: 5.0.0.
        android_device (str | None): The Android device which the contact is using. Example: Pixel 3.
        android_last_seen_at (int | None): (Unix timestamp in seconds) The time when the contact was last seen on an
            Android device. Example: 1571672154.
        android_os_version (str | None): The version of the Android OS which the contact is using. Example: 10.
        android_sdk_version (str | None): The version of the Android SDK which the contact is using. Example: 28.
        avatar (ContactAvatar | str | None):
        browser (str | None): The name of the browser which the contact is using. Example: Chrome.
        browser_language (str | None): The language set by the browser which the contact is using. Example: en-US.
        browser_version (str | None): The version of the browser which the contact is using. Example: 80.0.3987.132.
        companies (ContactCompanies | None): An object with metadata about companies attached to a contact . Up to 10
            will be displayed here. Use the url to get more.
        custom_attributes (ContactCustomAttributes | None): The custom attributes which are set for the contact.
        email (str | None): The contact's email. Example: joe@example.com.
        email_domain (str | None): The contact's email domain. Example: example.com.
        enabled_push_messaging (bool | None): Whether the contact has push messaging enabled.
        external_id (str | None): The unique identifier for the contact which is provided by the Client. Example:
            f3b87a2e09d514c6c2e79b9a.
        formatted_phone (str | None): The contacts phone number normalized to the E164 format Example: +1123456789.
        has_hard_bounced (bool | None): Whether the contact has had an email sent to them hard bounce. Example: True.
        ios_app_name (str | None): The name of the iOS app which the contact is using. Example: Intercom.
        ios_app_version (str | None): The version of the iOS app which the contact is using. Example: 5.0.0.
        ios_device (str | None): The iOS device which the contact is using. Example: iPhone 11.
        ios_last_seen_at (int | None): (Unix timestamp in seconds) The last time the contact used the iOS app. Example:
            1571672154.
        ios_os_version (str | None): The version of iOS which the contact is using. Example: 13.3.1.
        ios_sdk_version (str | None): The version of the iOS SDK which the contact is using. Example: 13.3.1.
        language_override (str | None): A preferred language setting for the contact, used by Intercom as the language
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
        location (ContactLocation | None): An object containing location meta data about a Intercom contact.
        marked_email_as_spam (bool | None): Whether the contact has marked an email sent to them as spam. Example: True.
        merge_history (list[MergeHistoryItem] | None): A list of contacts that were merged into this contact. Only
            included in the response when `include_merge_history=true` is passed as a query parameter. Only available for
            contacts with a `user` role.
        name (str | None): The contacts name. Example: John Doe.
        notes (ContactNotes | None): An object containing notes meta data about the notes that a contact has. Up to 10
            will be displayed here. Use the url to get more.
        opted_in_subscription_types (ContactSubscriptionTypes | None): An object containing Subscription Types meta data
            about the SubscriptionTypes that a contact has.
        opted_out_subscription_types (ContactSubscriptionTypes | None): An object containing Subscription Types meta
            data about the SubscriptionTypes that a contact has.
        os (str | None): The operating system which the contact is using. Example: Mac OS X.
        owner_id (str | int | None): The id of an admin that has been assigned account ownership of the contact.
        phone (str | None): The contacts phone. Example: +1123456789.
        referrer (str | None): The page the contact came from.
        signed_up_at (int | None): (Unix timestamp in seconds) The time specified for when a contact signed up. Example:
            1571672154.
        sms_consent (bool | None): Whether the contact consented to receive SMS.
        social_profiles (ContactSocialProfiles | None): An object containing social profiles that a contact has.
        tags (ContactTags | None):
        unsubscribed_from_emails (bool | None): Whether the contact is unsubscribed from emails. Example: True.
        unsubscribed_from_sms (bool | None): Whether the contact unsubscribed from SMS.
        utm_campaign (str | None): The UTM campaign.
        utm_content (str | None): The UTM content.
        utm_medium (str | None): The UTM medium.
        utm_source (str | None): The UTM source.
        utm_term (str | None): The UTM term.
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
    enabled_push_messaging: bool | None = None
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
    opted_in_subscription_types: ContactSubscriptionTypes | None = None
    opted_out_subscription_types: ContactSubscriptionTypes | None = None
    os: str | None = None
    owner_id: str | int | None = None
    phone: str | None = None
    referrer: str | None = None
    signed_up_at: int | None = None
    sms_consent: bool | None = None
    social_profiles: ContactSocialProfiles | None = None
    tags: ContactTags | None = None
    unsubscribed_from_emails: bool | None = None
    unsubscribed_from_sms: bool | None = None
    utm_campaign: str | None = None
    utm_content: str | None = None
    utm_medium: str | None = None
    utm_source: str | None = None
    utm_term: str | None = None
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
        _v = self.enabled_push_messaging
        if _v is not None:
            _d["enabled_push_messaging"] = to_jsonable(_v)
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
        _v = self.opted_in_subscription_types
        if _v is not None:
            _d["opted_in_subscription_types"] = to_jsonable(_v)
        _v = self.opted_out_subscription_types
        if _v is not None:
            _d["opted_out_subscription_types"] = to_jsonable(_v)
        _v = self.os
        if _v is not None:
            _d["os"] = to_jsonable(_v)
        _v = self.owner_id
        if _v is not None:
            _d["owner_id"] = to_jsonable(_v)
        _v = self.phone
        if _v is not None:
            _d["phone"] = to_jsonable(_v)
        _v = self.referrer
        if _v is not None:
            _d["referrer"] = to_jsonable(_v)
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
        _v = self.utm_campaign
        if _v is not None:
            _d["utm_campaign"] = to_jsonable(_v)
        _v = self.utm_content
        if _v is not None:
            _d["utm_content"] = to_jsonable(_v)
        _v = self.utm_medium
        if _v is not None:
            _d["utm_medium"] = to_jsonable(_v)
        _v = self.utm_source
        if _v is not None:
            _d["utm_source"] = to_jsonable(_v)
        _v = self.utm_term
        if _v is not None:
            _d["utm_term"] = to_jsonable(_v)
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
            FieldSpec("enabled_push_messaging", "enabled_push_messaging", check_bool, False),
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
            FieldSpec(
                "opted_in_subscription_types", "opted_in_subscription_types", ContactSubscriptionTypes.from_dict, False
            ),
            FieldSpec(
                "opted_out_subscription_types",
                "opted_out_subscription_types",
                ContactSubscriptionTypes.from_dict,
                False,
            ),
            FieldSpec("os", "os", check_str, False),
            FieldSpec("owner_id", "owner_id", _decode_owner_id, False),
            FieldSpec("phone", "phone", check_str, False),
            FieldSpec("referrer", "referrer", check_str, False),
            FieldSpec("signed_up_at", "signed_up_at", check_int, False),
            FieldSpec("sms_consent", "sms_consent", check_bool, False),
            FieldSpec("social_profiles", "social_profiles", ContactSocialProfiles.from_dict, False),
            FieldSpec("tags", "tags", ContactTags.from_dict, False),
            FieldSpec("unsubscribed_from_emails", "unsubscribed_from_emails", check_bool, False),
            FieldSpec("unsubscribed_from_sms", "unsubscribed_from_sms", check_bool, False),
            FieldSpec("utm_campaign", "utm_campaign", check_str, False),
            FieldSpec("utm_content", "utm_content", check_str, False),
            FieldSpec("utm_medium", "utm_medium", check_str, False),
            FieldSpec("utm_source", "utm_source", check_str, False),
            FieldSpec("utm_term", "utm_term", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="Contact")
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
            if "created_at" not in _d:
                raise KeyError("created_at")
            if _state["created_at"] is None:
                raise WrongType("a value", None)
            if "id" not in _d:
                raise KeyError("id")
            if _state["id"] is None:
                raise WrongType("a value", None)
            if "role" not in _d:
                raise KeyError("role")
            if _state["role"] is None:
                raise WrongType("a value", None)
            if "type" in _d:
                _state["type_"] = _state.pop("type")
            if "type" not in _d:
                raise KeyError("type")
            if _state["type_"] is None:
                raise WrongType("a value", None)
            if "updated_at" not in _d:
                raise KeyError("updated_at")
            if _state["updated_at"] is None:
                raise WrongType("a value", None)
            if "workspace_id" not in _d:
                raise KeyError("workspace_id")
            if _state["workspace_id"] is None:
                raise WrongType("a value", None)
            if _state["avatar"] is not None:
                _state["avatar"] = Pending(_state["avatar"])
            _v = _state["companies"]
            if _v is not None and _v.__class__ is not dict:
                _state["companies"] = Pending(_v)
            _v = _state["custom_attributes"]
            if _v is not None and _v.__class__ is not dict:
                _state["custom_attributes"] = Pending(_v)
            _v = _state["location"]
            if _v is not None and _v.__class__ is not dict:
                _state["location"] = Pending(_v)
            if _state["merge_history"] is not None:
                _state["merge_history"] = Pending(_state["merge_history"])
            _v = _state["notes"]
            if _v is not None and _v.__class__ is not dict:
                _state["notes"] = Pending(_v)
            _v = _state["opted_in_subscription_types"]
            if _v is not None and _v.__class__ is not dict:
                _state["opted_in_subscription_types"] = Pending(_v)
            _v = _state["opted_out_subscription_types"]
            if _v is not None and _v.__class__ is not dict:
                _state["opted_out_subscription_types"] = Pending(_v)
            _v = _state["social_profiles"]
            if _v is not None and _v.__class__ is not dict:
                _state["social_profiles"] = Pending(_v)
            _v = _state["tags"]
            if _v is not None and _v.__class__ is not dict:
                _state["tags"] = Pending(_v)
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.contact_avatar import ContactAvatar
from ..models.contact_companies import ContactCompanies
from ..models.contact_custom_attributes import ContactCustomAttributes
from ..models.contact_location import ContactLocation
from ..models.contact_notes import ContactNotes
from ..models.contact_social_profiles import ContactSocialProfiles
from ..models.contact_subscription_types import ContactSubscriptionTypes
from ..models.contact_tags import ContactTags
from ..models.merge_history_item import MergeHistoryItem

install_lazy_fields(
    Contact,
    (
        "avatar",
        "companies",
        "custom_attributes",
        "location",
        "merge_history",
        "notes",
        "opted_in_subscription_types",
        "opted_out_subscription_types",
        "social_profiles",
        "tags",
    ),
)
