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
    install_lazy_fields,
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
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "id": None,
    "type_": None,
    "anonymous": None,
    "app_id": None,
    "avatar": None,
    "companies": None,
    "created_at": None,
    "custom_attributes": None,
    "do_not_track": None,
    "email": None,
    "has_hard_bounced": None,
    "las_request_at": None,
    "last_request_at": None,
    "location_data": None,
    "marked_email_as_spam": None,
    "name": None,
    "owner_id": None,
    "phone": None,
    "pseudonym": None,
    "referrer": None,
    "remote_created_at": None,
    "segments": None,
    "session_count": None,
    "signed_up_at": None,
    "social_profiles": None,
    "tags": None,
    "unsubscribed_from_emails": None,
    "updated_at": None,
    "user_id": None,
    "utm_campaign": None,
    "utm_content": None,
    "utm_medium": None,
    "utm_source": None,
    "utm_term": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "anonymous",
        "app_id",
        "avatar",
        "companies",
        "created_at",
        "custom_attributes",
        "do_not_track",
        "email",
        "has_hard_bounced",
        "las_request_at",
        "last_request_at",
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


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class Visitor:
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
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.id
        if _v is not None:
            _d["id"] = _v
        _v = self.type_
        if _v is not None:
            _d["type"] = _v
        _v = self.anonymous
        if _v is not None:
            _d["anonymous"] = _v
        _v = self.app_id
        if _v is not None:
            _d["app_id"] = _v
        _v = self.avatar
        if _v is not None:
            _d["avatar"] = to_jsonable(_v)
        _v = self.companies
        if _v is not None:
            _d["companies"] = to_jsonable(_v)
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = _v
        _v = self.custom_attributes
        if _v is not None:
            _d["custom_attributes"] = to_jsonable(_v)
        _v = self.do_not_track
        if _v is not None:
            _d["do_not_track"] = to_jsonable(_v)
        _v = self.email
        if _v is not None:
            _d["email"] = _v
        _v = self.has_hard_bounced
        if _v is not None:
            _d["has_hard_bounced"] = _v
        _v = self.las_request_at
        if _v is not None:
            _d["las_request_at"] = _v
        _v = self.last_request_at
        if _v is not None:
            _d["last_request_at"] = to_jsonable(_v)
        _v = self.location_data
        if _v is not None:
            _d["location_data"] = to_jsonable(_v)
        _v = self.marked_email_as_spam
        if _v is not None:
            _d["marked_email_as_spam"] = _v
        _v = self.name
        if _v is not None:
            _d["name"] = to_jsonable(_v)
        _v = self.owner_id
        if _v is not None:
            _d["owner_id"] = to_jsonable(_v)
        _v = self.phone
        if _v is not None:
            _d["phone"] = to_jsonable(_v)
        _v = self.pseudonym
        if _v is not None:
            _d["pseudonym"] = to_jsonable(_v)
        _v = self.referrer
        if _v is not None:
            _d["referrer"] = to_jsonable(_v)
        _v = self.remote_created_at
        if _v is not None:
            _d["remote_created_at"] = _v
        _v = self.segments
        if _v is not None:
            _d["segments"] = to_jsonable(_v)
        _v = self.session_count
        if _v is not None:
            _d["session_count"] = _v
        _v = self.signed_up_at
        if _v is not None:
            _d["signed_up_at"] = _v
        _v = self.social_profiles
        if _v is not None:
            _d["social_profiles"] = to_jsonable(_v)
        _v = self.tags
        if _v is not None:
            _d["tags"] = to_jsonable(_v)
        _v = self.unsubscribed_from_emails
        if _v is not None:
            _d["unsubscribed_from_emails"] = _v
        _v = self.updated_at
        if _v is not None:
            _d["updated_at"] = _v
        _v = self.user_id
        if _v is not None:
            _d["user_id"] = _v
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
            FieldSpec("id", "id", check_str, True),
            FieldSpec("type", "type_", check_str, True),
            FieldSpec("anonymous", "anonymous", check_bool, False),
            FieldSpec("app_id", "app_id", check_str, False),
            FieldSpec("avatar", "avatar", VisitorAvatar.from_dict, False),
            FieldSpec("companies", "companies", VisitorCompanies.from_dict, False),
            FieldSpec("created_at", "created_at", check_int, False),
            FieldSpec("custom_attributes", "custom_attributes", VisitorCustomAttributes.from_dict, False),
            FieldSpec("do_not_track", "do_not_track", check_bool, False),
            FieldSpec("email", "email", check_str, False),
            FieldSpec("has_hard_bounced", "has_hard_bounced", check_bool, False),
            FieldSpec("las_request_at", "las_request_at", check_int, False),
            FieldSpec("last_request_at", "last_request_at", check_int, False),
            FieldSpec("location_data", "location_data", VisitorLocationData.from_dict, False),
            FieldSpec("marked_email_as_spam", "marked_email_as_spam", check_bool, False),
            FieldSpec("name", "name", check_str, False),
            FieldSpec("owner_id", "owner_id", check_str, False),
            FieldSpec("phone", "phone", check_str, False),
            FieldSpec("pseudonym", "pseudonym", check_str, False),
            FieldSpec("referrer", "referrer", check_str, False),
            FieldSpec("remote_created_at", "remote_created_at", check_int, False),
            FieldSpec("segments", "segments", VisitorSegments.from_dict, False),
            FieldSpec("session_count", "session_count", check_int, False),
            FieldSpec("signed_up_at", "signed_up_at", check_int, False),
            FieldSpec("social_profiles", "social_profiles", VisitorSocialProfiles.from_dict, False),
            FieldSpec("tags", "tags", VisitorTags.from_dict, False),
            FieldSpec("unsubscribed_from_emails", "unsubscribed_from_emails", check_bool, False),
            FieldSpec("updated_at", "updated_at", check_int, False),
            FieldSpec("user_id", "user_id", check_str, False),
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
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="Visitor")
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
            if "id" not in _d:
                raise KeyError("id")
            if _state["id"] is None:
                raise WrongType("a value", None)
            if "type" in _d:
                _state["type_"] = _state.pop("type")
            if "type" not in _d:
                raise KeyError("type")
            if _state["type_"] is None:
                raise WrongType("a value", None)
            _v = _state["avatar"]
            if _v is not None and _v.__class__ is not dict:
                _state["avatar"] = Pending(_v)
            _v = _state["companies"]
            if _v is not None and _v.__class__ is not dict:
                _state["companies"] = Pending(_v)
            _v = _state["custom_attributes"]
            if _v is not None and _v.__class__ is not dict:
                _state["custom_attributes"] = Pending(_v)
            _v = _state["location_data"]
            if _v is not None and _v.__class__ is not dict:
                _state["location_data"] = Pending(_v)
            _v = _state["segments"]
            if _v is not None and _v.__class__ is not dict:
                _state["segments"] = Pending(_v)
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
from ..models.visitor_avatar import VisitorAvatar
from ..models.visitor_companies import VisitorCompanies
from ..models.visitor_custom_attributes import VisitorCustomAttributes
from ..models.visitor_location_data import VisitorLocationData
from ..models.visitor_segments import VisitorSegments
from ..models.visitor_social_profiles import VisitorSocialProfiles
from ..models.visitor_tags import VisitorTags

install_lazy_fields(
    Visitor,
    (
        "avatar",
        "companies",
        "custom_attributes",
        "location_data",
        "segments",
        "social_profiles",
        "tags",
    ),
)
