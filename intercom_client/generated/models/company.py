# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.company_type import CompanyType
from ..types import (
    DECODE_ERRORS,
    DecodingIssue,
    FieldSpec,
    Pending,
    WrongType,
    check_float,
    check_int,
    check_str,
    decode_leniently,
    install_lazy_fields,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.company_custom_attributes import CompanyCustomAttributes
    from ..models.company_notes import CompanyNotes
    from ..models.company_plan import CompanyPlan
    from ..models.company_segments import CompanySegments
    from ..models.company_tags import CompanyTags


def _decode_monthly_spend(data: Any) -> Any:
    try:
        return check_int(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    return check_float(data)


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "id": None,
    "type_": None,
    "app_id": None,
    "company_id": None,
    "created_at": None,
    "custom_attributes": None,
    "industry": None,
    "last_request_at": None,
    "monthly_spend": None,
    "name": None,
    "notes": None,
    "plan": None,
    "remote_created_at": None,
    "segments": None,
    "session_count": None,
    "size": None,
    "tags": None,
    "updated_at": None,
    "user_count": None,
    "website": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "app_id",
        "company_id",
        "created_at",
        "custom_attributes",
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
        "updated_at",
        "user_count",
        "website",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class Company:
    """Companies allow you to represent organizations using your product. Each company will have its own description and be
    associated with contacts. You can fetch, create, update and list companies.

    Attributes:
        id (str): The Intercom defined id representing the company. Example: 531ee472cce572a6ec000006.
        type_ (CompanyType): Value is `company` Example: company.
        app_id (str | None): The Intercom defined code of the workspace the company is associated to. Example: ecahpwf5.
        company_id (str | None): The company id you have defined for the company. Example: 6.
        created_at (int | None): The time the company was added in Intercom. Example: 1663597223.
        custom_attributes (CompanyCustomAttributes | None): The custom attributes you have set on the company. Example:
            {'monthly_spend': 155.5, 'paid_subscriber': True, 'team_mates': 9}.
        industry (str | None): The industry that the company operates in. Example: Software.
        last_request_at (int | None): The time the company last recorded making a request. Example: 1663597223.
        monthly_spend (float | int | None): How much revenue the company generates for your business.
        name (str | None): The name of the company. Example: Blue Sun.
        notes (CompanyNotes | None): The list of notes associated with the company
        plan (CompanyPlan | None):
        remote_created_at (int | None): The time the company was created by you. Example: 1663597223.
        segments (CompanySegments | None): The list of segments associated with the company
        session_count (int | None): How many sessions the company has recorded. Example: 100.
        size (int | None): The number of employees in the company. Example: 100.
        tags (CompanyTags | None): The list of tags associated with the company
        updated_at (int | None): The last time the company was updated. Example: 1663597223.
        user_count (int | None): The number of users in the company. Example: 100.
        website (str | None): The URL for the company website. Example: https://www.intercom.com.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: CompanyType
    app_id: str | None = None
    company_id: str | None = None
    created_at: int | None = None
    custom_attributes: CompanyCustomAttributes | None = None
    industry: str | None = None
    last_request_at: int | None = None
    monthly_spend: float | int | None = None
    name: str | None = None
    notes: CompanyNotes | None = None
    plan: CompanyPlan | None = None
    remote_created_at: int | None = None
    segments: CompanySegments | None = None
    session_count: int | None = None
    size: int | None = None
    tags: CompanyTags | None = None
    updated_at: int | None = None
    user_count: int | None = None
    website: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "company"),)
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
        _v = self.app_id
        if _v is not None:
            _d["app_id"] = _v
        _v = self.company_id
        if _v is not None:
            _d["company_id"] = _v
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = _v
        _v = self.custom_attributes
        if _v is not None:
            _d["custom_attributes"] = to_jsonable(_v)
        _v = self.industry
        if _v is not None:
            _d["industry"] = _v
        _v = self.last_request_at
        if _v is not None:
            _d["last_request_at"] = _v
        _v = self.monthly_spend
        if _v is not None:
            _d["monthly_spend"] = to_jsonable(_v)
        _v = self.name
        if _v is not None:
            _d["name"] = _v
        _v = self.notes
        if _v is not None:
            _d["notes"] = to_jsonable(_v)
        _v = self.plan
        if _v is not None:
            _d["plan"] = to_jsonable(_v)
        _v = self.remote_created_at
        if _v is not None:
            _d["remote_created_at"] = _v
        _v = self.segments
        if _v is not None:
            _d["segments"] = to_jsonable(_v)
        _v = self.session_count
        if _v is not None:
            _d["session_count"] = _v
        _v = self.size
        if _v is not None:
            _d["size"] = _v
        _v = self.tags
        if _v is not None:
            _d["tags"] = to_jsonable(_v)
        _v = self.updated_at
        if _v is not None:
            _d["updated_at"] = _v
        _v = self.user_count
        if _v is not None:
            _d["user_count"] = _v
        _v = self.website
        if _v is not None:
            _d["website"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("id", "id", check_str, True),
            FieldSpec("type", "type_", check_str, True),
            FieldSpec("app_id", "app_id", check_str, False),
            FieldSpec("company_id", "company_id", check_str, False),
            FieldSpec("created_at", "created_at", check_int, False),
            FieldSpec("custom_attributes", "custom_attributes", CompanyCustomAttributes.from_dict, False),
            FieldSpec("industry", "industry", check_str, False),
            FieldSpec("last_request_at", "last_request_at", check_int, False),
            FieldSpec("monthly_spend", "monthly_spend", _decode_monthly_spend, False),
            FieldSpec("name", "name", check_str, False),
            FieldSpec("notes", "notes", CompanyNotes.from_dict, False),
            FieldSpec("plan", "plan", CompanyPlan.from_dict, False),
            FieldSpec("remote_created_at", "remote_created_at", check_int, False),
            FieldSpec("segments", "segments", CompanySegments.from_dict, False),
            FieldSpec("session_count", "session_count", check_int, False),
            FieldSpec("size", "size", check_int, False),
            FieldSpec("tags", "tags", CompanyTags.from_dict, False),
            FieldSpec("updated_at", "updated_at", check_int, False),
            FieldSpec("user_count", "user_count", check_int, False),
            FieldSpec("website", "website", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="Company")
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
            _v = _state["custom_attributes"]
            if _v is not None and _v.__class__ is not dict:
                _state["custom_attributes"] = Pending(_v)
            _v = _state["notes"]
            if _v is not None and _v.__class__ is not dict:
                _state["notes"] = Pending(_v)
            _v = _state["plan"]
            if _v is not None and _v.__class__ is not dict:
                _state["plan"] = Pending(_v)
            _v = _state["segments"]
            if _v is not None and _v.__class__ is not dict:
                _state["segments"] = Pending(_v)
            _v = _state["tags"]
            if _v is not None and _v.__class__ is not dict:
                _state["tags"] = Pending(_v)
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.company_custom_attributes import CompanyCustomAttributes
from ..models.company_notes import CompanyNotes
from ..models.company_plan import CompanyPlan
from ..models.company_segments import CompanySegments
from ..models.company_tags import CompanyTags

install_lazy_fields(
    Company,
    (
        "custom_attributes",
        "notes",
        "plan",
        "segments",
        "tags",
    ),
)
