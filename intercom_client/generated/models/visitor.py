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
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.visitor_avatar import VisitorAvatar
    from ..models.visitor_companies import VisitorCompanies
    from ..models.visitor_custom_attributes import VisitorCustomAttributes
    from ..models.visitor_location_data import VisitorLocationData
    from ..models.visitor_segments import VisitorSegments
    from ..models.visitor_social_profiles import VisitorSocialProfiles
    from ..models.visitor_tags import VisitorTags


_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "anonymous",
        "app_id",
        "avatar",
        "companies",
        "created_at",
        "custom_attributes",
        "do_not_track",
        "email",
        "has_hard_bounced",
        "id",
        "las_request_at",
        "location_data",
        "marked_email_as_spam",
        "name",
        "owner_id",
        "phone",
        "pseudonym",
        "referrer",
        "remote_created_at",
        "segments",
        "session_count",
        "signed_up_at",
        "social_profiles",
        "tags",
        "type",
        "unsubscribed_from_emails",
        "updated_at",
        "user_id",
        "utm_campaign",
        "utm_content",
        "utm_medium",
        "utm_source",
        "utm_term",
    }
)


@_attrs_define(kw_only=True)
class Visitor:
    """Visitors are useful for representing anonymous people that have not yet been identified. They usually represent
    website visitors. Visitors are not visible in Intercom platform. The Visitors resource provides methods to fetch,
    update, convert and delete.

        Attributes:
            anonymous (bool | Unset): Identifies if this visitor is anonymous. Example: False.
            app_id (str | Unset): The id of the app the visitor is associated with. Example: hfi1bx4l.
            avatar (VisitorAvatar | Unset):
            companies (VisitorCompanies | Unset):
            created_at (int | Unset): The time the Visitor was added to Intercom. Example: 1663597223.
            custom_attributes (VisitorCustomAttributes | Unset): The custom attributes you have set on the Visitor.
            do_not_track (bool | None | Unset): Identifies if this visitor has do not track enabled. Example: False.
            email (str | Unset): The email of the visitor. Example: jane.doe@example.com.
            has_hard_bounced (bool | Unset): Identifies if this visitor has had a hard bounce. Example: False.
            id (str | Unset): The Intercom defined id representing the Visitor. Example: 530370b477ad7120001d.
            las_request_at (int | Unset): The time the Lead last recorded making a request. Example: 1663597260.
            location_data (VisitorLocationData | Unset):
            marked_email_as_spam (bool | Unset): Identifies if this visitor has marked an email as spam. Example: False.
            name (None | str | Unset): The name of the visitor. Example: Jane Doe.
            owner_id (None | str | Unset): The id of the admin that owns the Visitor. Example: 5169261.
            phone (None | str | Unset): The phone number of the visitor. Example: 555-555-5555.
            pseudonym (None | str | Unset): The pseudonym of the visitor. Example: Red Duck from Dublin.
            referrer (None | str | Unset): The referer of the visitor. Example: https://www.google.com/.
            remote_created_at (int | Unset): The time the Visitor was added to Intercom. Example: 1663597223.
            segments (VisitorSegments | Unset):
            session_count (int | Unset): The number of sessions the Visitor has had. Example: 1.
            signed_up_at (int | Unset): The time the Visitor signed up for your product. Example: 1663597223.
            social_profiles (VisitorSocialProfiles | Unset):
            tags (VisitorTags | Unset):
            type_ (str | Unset): Value is 'visitor' Default: 'visitor'. Example: visitor.
            unsubscribed_from_emails (bool | Unset): Whether the Visitor is unsubscribed from emails. Example: False.
            updated_at (int | Unset): The last time the Visitor was updated. Example: 1663597260.
            user_id (str | Unset): Automatically generated identifier for the Visitor. Example:
                8a88a590-e1c3-41e2-a502-e0649dbf721c.
            utm_campaign (None | str | Unset): The utm_campaign of the visitor. Example: intercom-link.
            utm_content (None | str | Unset): The utm_content of the visitor. Example: banner.
            utm_medium (None | str | Unset): The utm_medium of the visitor. Example: email.
            utm_source (None | str | Unset): The utm_source of the visitor. Example: Intercom.
            utm_term (None | str | Unset): The utm_term of the visitor. Example: messenger.
            additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    anonymous: bool | None | Unset = UNSET
    app_id: str | None | Unset = UNSET
    avatar: VisitorAvatar | None | Unset = UNSET
    companies: VisitorCompanies | None | Unset = UNSET
    created_at: int | None | Unset = UNSET
    custom_attributes: VisitorCustomAttributes | None | Unset = UNSET
    do_not_track: bool | None | None | Unset = UNSET
    email: str | None | Unset = UNSET
    has_hard_bounced: bool | None | Unset = UNSET
    id: str | None | Unset = UNSET
    las_request_at: int | None | Unset = UNSET
    location_data: VisitorLocationData | None | Unset = UNSET
    marked_email_as_spam: bool | None | Unset = UNSET
    name: None | str | None | Unset = UNSET
    owner_id: None | str | None | Unset = UNSET
    phone: None | str | None | Unset = UNSET
    pseudonym: None | str | None | Unset = UNSET
    referrer: None | str | None | Unset = UNSET
    remote_created_at: int | None | Unset = UNSET
    segments: VisitorSegments | None | Unset = UNSET
    session_count: int | None | Unset = UNSET
    signed_up_at: int | None | Unset = UNSET
    social_profiles: VisitorSocialProfiles | None | Unset = UNSET
    tags: VisitorTags | None | Unset = UNSET
    type_: str | None | Unset = UNSET
    unsubscribed_from_emails: bool | None | Unset = UNSET
    updated_at: int | None | Unset = UNSET
    user_id: str | None | Unset = UNSET
    utm_campaign: None | str | None | Unset = UNSET
    utm_content: None | str | None | Unset = UNSET
    utm_medium: None | str | None | Unset = UNSET
    utm_source: None | str | None | Unset = UNSET
    utm_term: None | str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.anonymous
        if _v is not UNSET:
            _d["anonymous"] = _v
        _v = self.app_id
        if _v is not UNSET:
            _d["app_id"] = _v
        _v = self.avatar
        if _v is not UNSET:
            _d["avatar"] = None if _v is None else _v.to_dict()
        _v = self.companies
        if _v is not UNSET:
            _d["companies"] = None if _v is None else _v.to_dict()
        _v = self.created_at
        if _v is not UNSET:
            _d["created_at"] = _v
        _v = self.custom_attributes
        if _v is not UNSET:
            _d["custom_attributes"] = None if _v is None else _v.to_dict()
        _v = self.do_not_track
        if _v is not UNSET:
            _d["do_not_track"] = None if _v is None else to_jsonable(_v)
        _v = self.email
        if _v is not UNSET:
            _d["email"] = _v
        _v = self.has_hard_bounced
        if _v is not UNSET:
            _d["has_hard_bounced"] = _v
        _v = self.id
        if _v is not UNSET:
            _d["id"] = _v
        _v = self.las_request_at
        if _v is not UNSET:
            _d["las_request_at"] = _v
        _v = self.location_data
        if _v is not UNSET:
            _d["location_data"] = None if _v is None else _v.to_dict()
        _v = self.marked_email_as_spam
        if _v is not UNSET:
            _d["marked_email_as_spam"] = _v
        _v = self.name
        if _v is not UNSET:
            _d["name"] = None if _v is None else to_jsonable(_v)
        _v = self.owner_id
        if _v is not UNSET:
            _d["owner_id"] = None if _v is None else to_jsonable(_v)
        _v = self.phone
        if _v is not UNSET:
            _d["phone"] = None if _v is None else to_jsonable(_v)
        _v = self.pseudonym
        if _v is not UNSET:
            _d["pseudonym"] = None if _v is None else to_jsonable(_v)
        _v = self.referrer
        if _v is not UNSET:
            _d["referrer"] = None if _v is None else to_jsonable(_v)
        _v = self.remote_created_at
        if _v is not UNSET:
            _d["remote_created_at"] = _v
        _v = self.segments
        if _v is not UNSET:
            _d["segments"] = None if _v is None else _v.to_dict()
        _v = self.session_count
        if _v is not UNSET:
            _d["session_count"] = _v
        _v = self.signed_up_at
        if _v is not UNSET:
            _d["signed_up_at"] = _v
        _v = self.social_profiles
        if _v is not UNSET:
            _d["social_profiles"] = None if _v is None else _v.to_dict()
        _v = self.tags
        if _v is not UNSET:
            _d["tags"] = None if _v is None else _v.to_dict()
        _v = self.type_
        if _v is not UNSET:
            _d["type"] = _v
        _v = self.unsubscribed_from_emails
        if _v is not UNSET:
            _d["unsubscribed_from_emails"] = _v
        _v = self.updated_at
        if _v is not UNSET:
            _d["updated_at"] = _v
        _v = self.user_id
        if _v is not UNSET:
            _d["user_id"] = _v
        _v = self.utm_campaign
        if _v is not UNSET:
            _d["utm_campaign"] = None if _v is None else to_jsonable(_v)
        _v = self.utm_content
        if _v is not UNSET:
            _d["utm_content"] = None if _v is None else to_jsonable(_v)
        _v = self.utm_medium
        if _v is not UNSET:
            _d["utm_medium"] = None if _v is None else to_jsonable(_v)
        _v = self.utm_source
        if _v is not UNSET:
            _d["utm_source"] = None if _v is None else to_jsonable(_v)
        _v = self.utm_term
        if _v is not UNSET:
            _d["utm_term"] = None if _v is None else to_jsonable(_v)
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="Visitor")
            _d = dict(_d)
        _f = ""
        try:
            anonymous = _d.get("anonymous", UNSET)
            if anonymous.__class__ is dict or anonymous.__class__ is list:
                raise WrongType("boolean", anonymous, "anonymous")

            app_id = _d.get("app_id", UNSET)
            if app_id.__class__ is dict or app_id.__class__ is list:
                raise WrongType("string", app_id, "app_id")

            avatar = _d.get("avatar", UNSET)
            if avatar is not None and avatar is not UNSET:
                _f = "avatar"
                avatar = VisitorAvatar.from_dict(avatar)

            companies = _d.get("companies", UNSET)
            if companies is not None and companies is not UNSET:
                _f = "companies"
                companies = VisitorCompanies.from_dict(companies)

            created_at = _d.get("created_at", UNSET)
            if created_at.__class__ is dict or created_at.__class__ is list:
                raise WrongType("integer", created_at, "created_at")

            custom_attributes = _d.get("custom_attributes", UNSET)
            if custom_attributes is not None and custom_attributes is not UNSET:
                _f = "custom_attributes"
                custom_attributes = VisitorCustomAttributes.from_dict(custom_attributes)

            do_not_track = _d.get("do_not_track", UNSET)
            if do_not_track.__class__ is dict or do_not_track.__class__ is list:
                raise WrongType("boolean", do_not_track, "do_not_track")

            email = _d.get("email", UNSET)
            if email.__class__ is dict or email.__class__ is list:
                raise WrongType("string", email, "email")

            has_hard_bounced = _d.get("has_hard_bounced", UNSET)
            if has_hard_bounced.__class__ is dict or has_hard_bounced.__class__ is list:
                raise WrongType("boolean", has_hard_bounced, "has_hard_bounced")

            id = _d.get("id", UNSET)
            if id.__class__ is dict or id.__class__ is list:
                raise WrongType("string", id, "id")

            las_request_at = _d.get("las_request_at", UNSET)
            if las_request_at.__class__ is dict or las_request_at.__class__ is list:
                raise WrongType("integer", las_request_at, "las_request_at")

            location_data = _d.get("location_data", UNSET)
            if location_data is not None and location_data is not UNSET:
                _f = "location_data"
                location_data = VisitorLocationData.from_dict(location_data)

            marked_email_as_spam = _d.get("marked_email_as_spam", UNSET)
            if marked_email_as_spam.__class__ is dict or marked_email_as_spam.__class__ is list:
                raise WrongType("boolean", marked_email_as_spam, "marked_email_as_spam")

            name = _d.get("name", UNSET)
            if name.__class__ is dict or name.__class__ is list:
                raise WrongType("string", name, "name")

            owner_id = _d.get("owner_id", UNSET)
            if owner_id.__class__ is dict or owner_id.__class__ is list:
                raise WrongType("string", owner_id, "owner_id")

            phone = _d.get("phone", UNSET)
            if phone.__class__ is dict or phone.__class__ is list:
                raise WrongType("string", phone, "phone")

            pseudonym = _d.get("pseudonym", UNSET)
            if pseudonym.__class__ is dict or pseudonym.__class__ is list:
                raise WrongType("string", pseudonym, "pseudonym")

            referrer = _d.get("referrer", UNSET)
            if referrer.__class__ is dict or referrer.__class__ is list:
                raise WrongType("string", referrer, "referrer")

            remote_created_at = _d.get("remote_created_at", UNSET)
            if remote_created_at.__class__ is dict or remote_created_at.__class__ is list:
                raise WrongType("integer", remote_created_at, "remote_created_at")

            segments = _d.get("segments", UNSET)
            if segments is not None and segments is not UNSET:
                _f = "segments"
                segments = VisitorSegments.from_dict(segments)

            session_count = _d.get("session_count", UNSET)
            if session_count.__class__ is dict or session_count.__class__ is list:
                raise WrongType("integer", session_count, "session_count")

            signed_up_at = _d.get("signed_up_at", UNSET)
            if signed_up_at.__class__ is dict or signed_up_at.__class__ is list:
                raise WrongType("integer", signed_up_at, "signed_up_at")

            social_profiles = _d.get("social_profiles", UNSET)
            if social_profiles is not None and social_profiles is not UNSET:
                _f = "social_profiles"
                social_profiles = VisitorSocialProfiles.from_dict(social_profiles)

            tags = _d.get("tags", UNSET)
            if tags is not None and tags is not UNSET:
                _f = "tags"
                tags = VisitorTags.from_dict(tags)

            type_ = _d.get("type", UNSET)
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            unsubscribed_from_emails = _d.get("unsubscribed_from_emails", UNSET)
            if unsubscribed_from_emails.__class__ is dict or unsubscribed_from_emails.__class__ is list:
                raise WrongType("boolean", unsubscribed_from_emails, "unsubscribed_from_emails")

            updated_at = _d.get("updated_at", UNSET)
            if updated_at.__class__ is dict or updated_at.__class__ is list:
                raise WrongType("integer", updated_at, "updated_at")

            user_id = _d.get("user_id", UNSET)
            if user_id.__class__ is dict or user_id.__class__ is list:
                raise WrongType("string", user_id, "user_id")

            utm_campaign = _d.get("utm_campaign", UNSET)
            if utm_campaign.__class__ is dict or utm_campaign.__class__ is list:
                raise WrongType("string", utm_campaign, "utm_campaign")

            utm_content = _d.get("utm_content", UNSET)
            if utm_content.__class__ is dict or utm_content.__class__ is list:
                raise WrongType("string", utm_content, "utm_content")

            utm_medium = _d.get("utm_medium", UNSET)
            if utm_medium.__class__ is dict or utm_medium.__class__ is list:
                raise WrongType("string", utm_medium, "utm_medium")

            utm_source = _d.get("utm_source", UNSET)
            if utm_source.__class__ is dict or utm_source.__class__ is list:
                raise WrongType("string", utm_source, "utm_source")

            utm_term = _d.get("utm_term", UNSET)
            if utm_term.__class__ is dict or utm_term.__class__ is list:
                raise WrongType("string", utm_term, "utm_term")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.anonymous = anonymous
            _obj.app_id = app_id
            _obj.avatar = avatar
            _obj.companies = companies
            _obj.created_at = created_at
            _obj.custom_attributes = custom_attributes
            _obj.do_not_track = do_not_track
            _obj.email = email
            _obj.has_hard_bounced = has_hard_bounced
            _obj.id = id
            _obj.las_request_at = las_request_at
            _obj.location_data = location_data
            _obj.marked_email_as_spam = marked_email_as_spam
            _obj.name = name
            _obj.owner_id = owner_id
            _obj.phone = phone
            _obj.pseudonym = pseudonym
            _obj.referrer = referrer
            _obj.remote_created_at = remote_created_at
            _obj.segments = segments
            _obj.session_count = session_count
            _obj.signed_up_at = signed_up_at
            _obj.social_profiles = social_profiles
            _obj.tags = tags
            _obj.type_ = type_
            _obj.unsubscribed_from_emails = unsubscribed_from_emails
            _obj.updated_at = updated_at
            _obj.user_id = user_id
            _obj.utm_campaign = utm_campaign
            _obj.utm_content = utm_content
            _obj.utm_medium = utm_medium
            _obj.utm_source = utm_source
            _obj.utm_term = utm_term
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError("required field is missing", model="Visitor", path=(exc.args[0],)) from None
        except ResponseDecodingError as exc:
            raise exc.within("Visitor", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="Visitor", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="Visitor", path=(_f,) if _f else ()) from None
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.visitor_avatar import VisitorAvatar  # noqa: E402
from ..models.visitor_companies import VisitorCompanies  # noqa: E402
from ..models.visitor_custom_attributes import VisitorCustomAttributes  # noqa: E402
from ..models.visitor_location_data import VisitorLocationData  # noqa: E402
from ..models.visitor_segments import VisitorSegments  # noqa: E402
from ..models.visitor_social_profiles import VisitorSocialProfiles  # noqa: E402
from ..models.visitor_tags import VisitorTags  # noqa: E402
