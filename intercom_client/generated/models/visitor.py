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
    received_fields,
)

if TYPE_CHECKING:
    from ..models.visitor_avatar import VisitorAvatar
    from ..models.visitor_companies import VisitorCompanies
    from ..models.visitor_custom_attributes import VisitorCustomAttributes
    from ..models.visitor_location_data import VisitorLocationData
    from ..models.visitor_segments import VisitorSegments
    from ..models.visitor_social_profiles import VisitorSocialProfiles
    from ..models.visitor_tags import VisitorTags


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class Visitor(Model):
    """Visitors are useful for representing anonymous people that have not yet been identified. They usually represent
    website visitors. Visitors are not visible in Intercom platform. The Visitors resource provides methods to fetch,
    update, convert and delete.

    Attributes:
        id (str): The Intercom defined id representing the Visitor. Example: 530370b477ad7120001d.
        type_ (str): Value is 'visitor' Default: 'visitor'. Example: visitor.
        anonymous (bool | None): Identifies if this visitor is anonymous. Example: False.
        app_id (str | None): The id of the app the visitor is associated with. Example: hfi1bx4l.
        avatar (VisitorAvatar | None):
        companies (VisitorCompanies | None):
        created_at (int | None): The time the Visitor was added to Intercom. Example: 1663597223.
        custom_attributes (VisitorCustomAttributes | None): The custom attributes you have set on the Visitor.
        do_not_track (bool | None): Identifies if this visitor has do not track enabled. Example: False.
        email (str | None): The email of the visitor. Example: jane.doe@example.com.
        has_hard_bounced (bool | None): Identifies if this visitor has had a hard bounce. Example: False.
        las_request_at (int | None): The time the Lead last recorded making a request. Example: 1663597260.
        last_request_at (int | None): The time the visitor was last seen.
        location_data (VisitorLocationData | None):
        marked_email_as_spam (bool | None): Identifies if this visitor has marked an email as spam. Example: False.
        name (str | None): The name of the visitor. Example: Jane Doe.
        owner_id (str | None): The id of the admin that owns the Visitor. Example: 5169261.
        phone (str | None): The phone number of the visitor. Example: 555-555-5555.
        pseudonym (str | None): The pseudonym of the visitor. Example: Red Duck from Dublin.
        referrer (str | None): The referer of the visitor. Example: https://www.google.com/.
        remote_created_at (int | None): The time the Visitor was added to Intercom. Example: 1663597223.
        segments (VisitorSegments | None):
        session_count (int | None): The number of sessions the Visitor has had. Example: 1.
        signed_up_at (int | None): The time the Visitor signed up for your product. Example: 1663597223.
        social_profiles (VisitorSocialProfiles | None):
        tags (VisitorTags | None):
        unsubscribed_from_emails (bool | None): Whether the Visitor is unsubscribed from emails. Example: False.
        updated_at (int | None): The last time the Visitor was updated. Example: 1663597260.
        user_id (str | None): Automatically generated identifier for the Visitor. Example:
            8a88a590-e1c3-41e2-a502-e0649dbf721c.
        utm_campaign (str | None): The utm_campaign of the visitor. Example: intercom-link.
        utm_content (str | None): The utm_content of the visitor. Example: banner.
        utm_medium (str | None): The utm_medium of the visitor. Example: email.
        utm_source (str | None): The utm_source of the visitor. Example: Intercom.
        utm_term (str | None): The utm_term of the visitor. Example: messenger.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: str
    anonymous: bool | None = None
    app_id: str | None = None
    avatar: VisitorAvatar | None = None
    companies: VisitorCompanies | None = None
    created_at: int | None = None
    custom_attributes: VisitorCustomAttributes | None = None
    do_not_track: bool | None = None
    email: str | None = None
    has_hard_bounced: bool | None = None
    las_request_at: int | None = None
    last_request_at: int | None = None
    location_data: VisitorLocationData | None = None
    marked_email_as_spam: bool | None = None
    name: str | None = None
    owner_id: str | None = None
    phone: str | None = None
    pseudonym: str | None = None
    referrer: str | None = None
    remote_created_at: int | None = None
    segments: VisitorSegments | None = None
    session_count: int | None = None
    signed_up_at: int | None = None
    social_profiles: VisitorSocialProfiles | None = None
    tags: VisitorTags | None = None
    unsubscribed_from_emails: bool | None = None
    updated_at: int | None = None
    user_id: str | None = None
    utm_campaign: str | None = None
    utm_content: str | None = None
    utm_medium: str | None = None
    utm_source: str | None = None
    utm_term: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    Visitor,
    id=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True),
    anonymous=check_bool,
    app_id=check_str,
    avatar=ModelRef(models, "VisitorAvatar"),
    companies=ModelRef(models, "VisitorCompanies"),
    created_at=check_int,
    custom_attributes=ModelRef(models, "VisitorCustomAttributes"),
    do_not_track=check_bool,
    email=check_str,
    has_hard_bounced=check_bool,
    las_request_at=check_int,
    last_request_at=check_int,
    location_data=ModelRef(models, "VisitorLocationData"),
    marked_email_as_spam=check_bool,
    name=check_str,
    owner_id=check_str,
    phone=check_str,
    pseudonym=check_str,
    referrer=check_str,
    remote_created_at=check_int,
    segments=ModelRef(models, "VisitorSegments"),
    session_count=check_int,
    signed_up_at=check_int,
    social_profiles=ModelRef(models, "VisitorSocialProfiles"),
    tags=ModelRef(models, "VisitorTags"),
    unsubscribed_from_emails=check_bool,
    updated_at=check_int,
    user_id=check_str,
    utm_campaign=check_str,
    utm_content=check_str,
    utm_medium=check_str,
    utm_source=check_str,
    utm_term=check_str,
)
