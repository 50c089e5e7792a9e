# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.company_type import CompanyType
from ..types import (
    UNSET,
    Unset,
    WrongType,
)

if TYPE_CHECKING:
    from ..models.company_custom_attributes import CompanyCustomAttributes
    from ..models.company_notes import CompanyNotes
    from ..models.company_plan import CompanyPlan
    from ..models.company_segments import CompanySegments
    from ..models.company_tags import CompanyTags


_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "app_id",
        "company_id",
        "created_at",
        "custom_attributes",
        "id",
        "industry",
        "last_request_at",
        "monthly_spend",
        "name",
        "notes",
        "plan",
        "remote_created_at",
        "segments",
        "session_count",
        "size",
        "tags",
        "type",
        "updated_at",
        "user_count",
        "website",
    }
)


@_attrs_define(kw_only=True)
class Company:
    """Companies allow you to represent organizations using your product. Each company will have its own description and be
    associated with contacts. You can fetch, create, update and list companies.

        Attributes:
            app_id (str | Unset): The Intercom defined code of the workspace the company is associated to. Example:
                ecahpwf5.
            company_id (str | Unset): The company id you have defined for the company. Example: 6.
            created_at (int | Unset): The time the company was added in Intercom. Example: 1663597223.
            custom_attributes (CompanyCustomAttributes | Unset): The custom attributes you have set on the company. Example:
                {'monthly_spend': 155.5, 'paid_subscriber': True, 'team_mates': 9}.
            id (str | Unset): The Intercom defined id representing the company. Example: 531ee472cce572a6ec000006.
            industry (str | Unset): The industry that the company operates in. Example: Software.
            last_request_at (int | Unset): The time the company last recorded making a request. Example: 1663597223.
            monthly_spend (int | Unset): How much revenue the company generates for your business. Example: 100.
            name (str | Unset): The name of the company. Example: Blue Sun.
            notes (CompanyNotes | Unset): The list of notes associated with the company
            plan (CompanyPlan | Unset):
            remote_created_at (int | Unset): The time the company was created by you. Example: 1663597223.
            segments (CompanySegments | Unset): The list of segments associated with the company
            session_count (int | Unset): How many sessions the company has recorded. Example: 100.
            size (int | Unset): The number of employees in the company. Example: 100.
            tags (CompanyTags | Unset): The list of tags associated with the company
            type_ (CompanyType | Unset): Value is `company` Example: company.
            updated_at (int | Unset): The last time the company was updated. Example: 1663597223.
            user_count (int | Unset): The number of users in the company. Example: 100.
            website (str | Unset): The URL for the company website. Example: https://www.intercom.com.
            additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    app_id: str | None | Unset = UNSET
    company_id: str | None | Unset = UNSET
    created_at: int | None | Unset = UNSET
    custom_attributes: CompanyCustomAttributes | None | Unset = UNSET
    id: str | None | Unset = UNSET
    industry: str | None | Unset = UNSET
    last_request_at: int | None | Unset = UNSET
    monthly_spend: int | None | Unset = UNSET
    name: str | None | Unset = UNSET
    notes: CompanyNotes | None | Unset = UNSET
    plan: CompanyPlan | None | Unset = UNSET
    remote_created_at: int | None | Unset = UNSET
    segments: CompanySegments | None | Unset = UNSET
    session_count: int | None | Unset = UNSET
    size: int | None | Unset = UNSET
    tags: CompanyTags | None | Unset = UNSET
    type_: CompanyType | None | Unset = UNSET
    updated_at: int | None | Unset = UNSET
    user_count: int | None | Unset = UNSET
    website: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "company"),)
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.app_id
        if _v is not UNSET:
            _d["app_id"] = _v
        _v = self.company_id
        if _v is not UNSET:
            _d["company_id"] = _v
        _v = self.created_at
        if _v is not UNSET:
            _d["created_at"] = _v
        _v = self.custom_attributes
        if _v is not UNSET:
            _d["custom_attributes"] = None if _v is None else _v.to_dict()
        _v = self.id
        if _v is not UNSET:
            _d["id"] = _v
        _v = self.industry
        if _v is not UNSET:
            _d["industry"] = _v
        _v = self.last_request_at
        if _v is not UNSET:
            _d["last_request_at"] = _v
        _v = self.monthly_spend
        if _v is not UNSET:
            _d["monthly_spend"] = _v
        _v = self.name
        if _v is not UNSET:
            _d["name"] = _v
        _v = self.notes
        if _v is not UNSET:
            _d["notes"] = None if _v is None else _v.to_dict()
        _v = self.plan
        if _v is not UNSET:
            _d["plan"] = None if _v is None else _v.to_dict()
        _v = self.remote_created_at
        if _v is not UNSET:
            _d["remote_created_at"] = _v
        _v = self.segments
        if _v is not UNSET:
            _d["segments"] = None if _v is None else _v.to_dict()
        _v = self.session_count
        if _v is not UNSET:
            _d["session_count"] = _v
        _v = self.size
        if _v is not UNSET:
            _d["size"] = _v
        _v = self.tags
        if _v is not UNSET:
            _d["tags"] = None if _v is None else _v.to_dict()
        _v = self.type_
        if _v is not UNSET:
            _d["type"] = _v
        _v = self.updated_at
        if _v is not UNSET:
            _d["updated_at"] = _v
        _v = self.user_count
        if _v is not UNSET:
            _d["user_count"] = _v
        _v = self.website
        if _v is not UNSET:
            _d["website"] = _v
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="Company")
            _d = dict(_d)
        _f = ""
        try:
            app_id = _d.get("app_id", UNSET)
            if app_id.__class__ is dict or app_id.__class__ is list:
                raise WrongType("string", app_id, "app_id")

            company_id = _d.get("company_id", UNSET)
            if company_id.__class__ is dict or company_id.__class__ is list:
                raise WrongType("string", company_id, "company_id")

            created_at = _d.get("created_at", UNSET)
            if created_at.__class__ is dict or created_at.__class__ is list:
                raise WrongType("integer", created_at, "created_at")

            custom_attributes = _d.get("custom_attributes", UNSET)
            if custom_attributes is not None and custom_attributes is not UNSET:
                _f = "custom_attributes"
                custom_attributes = CompanyCustomAttributes.from_dict(custom_attributes)

            id = _d.get("id", UNSET)
            if id.__class__ is dict or id.__class__ is list:
                raise WrongType("string", id, "id")

            industry = _d.get("industry", UNSET)
            if industry.__class__ is dict or industry.__class__ is list:
                raise WrongType("string", industry, "industry")

            last_request_at = _d.get("last_request_at", UNSET)
            if last_request_at.__class__ is dict or last_request_at.__class__ is list:
                raise WrongType("integer", last_request_at, "last_request_at")

            monthly_spend = _d.get("monthly_spend", UNSET)
            if monthly_spend.__class__ is dict or monthly_spend.__class__ is list:
                raise WrongType("integer", monthly_spend, "monthly_spend")

            name = _d.get("name", UNSET)
            if name.__class__ is dict or name.__class__ is list:
                raise WrongType("string", name, "name")

            notes = _d.get("notes", UNSET)
            if notes is not None and notes is not UNSET:
                _f = "notes"
                notes = CompanyNotes.from_dict(notes)

            plan = _d.get("plan", UNSET)
            if plan is not None and plan is not UNSET:
                _f = "plan"
                plan = CompanyPlan.from_dict(plan)

            remote_created_at = _d.get("remote_created_at", UNSET)
            if remote_created_at.__class__ is dict or remote_created_at.__class__ is list:
                raise WrongType("integer", remote_created_at, "remote_created_at")

            segments = _d.get("segments", UNSET)
            if segments is not None and segments is not UNSET:
                _f = "segments"
                segments = CompanySegments.from_dict(segments)

            session_count = _d.get("session_count", UNSET)
            if session_count.__class__ is dict or session_count.__class__ is list:
                raise WrongType("integer", session_count, "session_count")

            size = _d.get("size", UNSET)
            if size.__class__ is dict or size.__class__ is list:
                raise WrongType("integer", size, "size")

            tags = _d.get("tags", UNSET)
            if tags is not None and tags is not UNSET:
                _f = "tags"
                tags = CompanyTags.from_dict(tags)

            type_ = _d.get("type", UNSET)
            if type_.__class__ is dict or type_.__class__ is list:
                raise WrongType("string", type_, "type")

            updated_at = _d.get("updated_at", UNSET)
            if updated_at.__class__ is dict or updated_at.__class__ is list:
                raise WrongType("integer", updated_at, "updated_at")

            user_count = _d.get("user_count", UNSET)
            if user_count.__class__ is dict or user_count.__class__ is list:
                raise WrongType("integer", user_count, "user_count")

            website = _d.get("website", UNSET)
            if website.__class__ is dict or website.__class__ is list:
                raise WrongType("string", website, "website")

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.app_id = app_id
            _obj.company_id = company_id
            _obj.created_at = created_at
            _obj.custom_attributes = custom_attributes
            _obj.id = id
            _obj.industry = industry
            _obj.last_request_at = last_request_at
            _obj.monthly_spend = monthly_spend
            _obj.name = name
            _obj.notes = notes
            _obj.plan = plan
            _obj.remote_created_at = remote_created_at
            _obj.segments = segments
            _obj.session_count = session_count
            _obj.size = size
            _obj.tags = tags
            _obj.type_ = type_
            _obj.updated_at = updated_at
            _obj.user_count = user_count
            _obj.website = website
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError("required field is missing", model="Company", path=(exc.args[0],)) from None
        except ResponseDecodingError as exc:
            raise exc.within("Company", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="Company", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="Company", path=(_f,) if _f else ()) from None
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.company_custom_attributes import CompanyCustomAttributes  # noqa: E402
from ..models.company_notes import CompanyNotes  # noqa: E402
from ..models.company_plan import CompanyPlan  # noqa: E402
from ..models.company_segments import CompanySegments  # noqa: E402
from ..models.company_tags import CompanyTags  # noqa: E402
