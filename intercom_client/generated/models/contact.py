# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import (
    DecodingIssue,
    Field,
    Model,
    ModelRef,
    check_bool,
    check_int,
    check_str,
    list_of,
    one_of,
    received_fields,
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


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class Contact(Model):
    """Contacts represent your leads and users in Intercom.

    Attributes:
        created_at (int): (Unix timestamp in seconds) The time when the contact was created. Example: 1571672154.
        custom_attributes (ContactCustomAttributes): The custom attributes which are set for the contact.
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
    custom_attributes: ContactCustomAttributes
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


received_fields(
    Contact,
    created_at=Field(check_int, required=True),
    custom_attributes=Field(ModelRef(models, "ContactCustomAttributes"), required=True),
    id=Field(check_str, required=True),
    role=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True),
    updated_at=Field(check_int, required=True),
    workspace_id=Field(check_str, required=True),
    android_app_name=check_str,
    android_app_version=check_str,
    android_device=check_str,
    android_last_seen_at=check_int,
    android_os_version=check_str,
    android_sdk_version=check_str,
    avatar=one_of(ModelRef(models, "ContactAvatar"), check_str),
    browser=check_str,
    browser_language=check_str,
    browser_version=check_str,
    companies=ModelRef(models, "ContactCompanies"),
    email=check_str,
    email_domain=check_str,
    enabled_push_messaging=check_bool,
    external_id=check_str,
    formatted_phone=check_str,
    has_hard_bounced=check_bool,
    ios_app_name=check_str,
    ios_app_version=check_str,
    ios_device=check_str,
    ios_last_seen_at=check_int,
    ios_os_version=check_str,
    ios_sdk_version=check_str,
    language_override=check_str,
    last_contacted_at=check_int,
    last_email_clicked_at=check_int,
    last_email_opened_at=check_int,
    last_replied_at=check_int,
    last_seen_at=check_int,
    location=ModelRef(models, "ContactLocation"),
    marked_email_as_spam=check_bool,
    merge_history=list_of(ModelRef(models, "MergeHistoryItem")),
    name=check_str,
    notes=ModelRef(models, "ContactNotes"),
    opted_in_subscription_types=ModelRef(models, "ContactSubscriptionTypes"),
    opted_out_subscription_types=ModelRef(models, "ContactSubscriptionTypes"),
    os=check_str,
    owner_id=one_of(check_str, check_int),
    phone=check_str,
    referrer=check_str,
    signed_up_at=check_int,
    sms_consent=check_bool,
    social_profiles=ModelRef(models, "ContactSocialProfiles"),
    tags=ModelRef(models, "ContactTags"),
    unsubscribed_from_emails=check_bool,
    unsubscribed_from_sms=check_bool,
    utm_campaign=check_str,
    utm_content=check_str,
    utm_medium=check_str,
    utm_source=check_str,
    utm_term=check_str,
)
