# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.company_type import CompanyType
from ..types import (
    DecodingIssue,
    Field,
    Model,
    ModelRef,
    check_float,
    check_int,
    check_str,
    one_of,
    received_fields,
)

if TYPE_CHECKING:
    from ..models.company_custom_attributes import CompanyCustomAttributes
    from ..models.company_notes import CompanyNotes
    from ..models.company_plan import CompanyPlan
    from ..models.company_segments import CompanySegments
    from ..models.company_tags import CompanyTags


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class Company(Model):
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


received_fields(
    Company,
    id=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True, const="company"),
    app_id=check_str,
    company_id=check_str,
    created_at=check_int,
    custom_attributes=ModelRef(models, "CompanyCustomAttributes"),
    industry=check_str,
    last_request_at=check_int,
    monthly_spend=one_of(check_int, check_float),
    name=check_str,
    notes=ModelRef(models, "CompanyNotes"),
    plan=ModelRef(models, "CompanyPlan"),
    remote_created_at=check_int,
    segments=ModelRef(models, "CompanySegments"),
    session_count=check_int,
    size=check_int,
    tags=ModelRef(models, "CompanyTags"),
    updated_at=check_int,
    user_count=check_int,
    website=check_str,
)
