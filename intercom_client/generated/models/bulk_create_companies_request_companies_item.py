# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import UNSET, DecodingIssue, Model, ModelRef, Unset, check_bool, check_int, check_str, sent_fields

if TYPE_CHECKING:
    from ..models.bulk_create_companies_request_companies_item_custom_attributes import (
        BulkCreateCompaniesRequestCompaniesItemCustomAttributes,
    )


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class BulkCreateCompaniesRequestCompaniesItem(Model):
    """
    Attributes:
        company_id (str | Unset | None): The company id you have defined for the company. Used to match an existing
            company; a new one is created if none matches. Example: 625e90fc55ab113b6d92175f.
        custom_attributes (BulkCreateCompaniesRequestCompaniesItemCustomAttributes | Unset | None): A hash of key/value
            pairs containing any other data about the company you want Intercom to store.
        industry (str | Unset | None): The industry that this company operates in. Example: Manufacturing.
        monthly_spend (int | Unset | None): How much revenue the company generates for your business. Note that this
            will truncate floats — only whole integers are stored, so 155.98 is truncated to 155, with an upper limit of
            2147483647. Example: 1000.
        name (str | Unset | None): The name of the company. Example: Acme Corp.
        plan (str | Unset | None): The name of the plan you have associated with the company. Example: Enterprise.
        remote_created_at (int | Unset | None): The time the company was created by you, in Unix timestamp format.
            Example: 1394531169.
        size (int | Unset | None): The number of employees in this company. Example: 100.
        update_last_request_at (bool | Unset | None): Set to true to update the company's last seen time to now.
            Example: True.
        website (str | Unset | None): The URL for this company's website. Please note that the value specified here is
            not validated. Accepts any string. Example: https://www.example.com.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    company_id: str | Unset | None = UNSET
    custom_attributes: BulkCreateCompaniesRequestCompaniesItemCustomAttributes | Unset | None = UNSET
    industry: str | Unset | None = UNSET
    monthly_spend: int | Unset | None = UNSET
    name: str | Unset | None = UNSET
    plan: str | Unset | None = UNSET
    remote_created_at: int | Unset | None = UNSET
    size: int | Unset | None = UNSET
    update_last_request_at: bool | Unset | None = UNSET
    website: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class BulkCreateCompaniesRequestCompaniesItemDict(TypedDict, total=False):
    """:class:`BulkCreateCompaniesRequestCompaniesItem` written as a dict literal (JSON field names), e.g. as a request body."""

    company_id: str
    custom_attributes: Mapping[str, Any]
    industry: str
    monthly_spend: int
    name: str
    plan: str
    remote_created_at: int
    size: int
    update_last_request_at: bool
    website: str


sent_fields(
    BulkCreateCompaniesRequestCompaniesItem,
    company_id=check_str,
    custom_attributes=ModelRef(models, "BulkCreateCompaniesRequestCompaniesItemCustomAttributes"),
    industry=check_str,
    monthly_spend=check_int,
    name=check_str,
    plan=check_str,
    remote_created_at=check_int,
    size=check_int,
    update_last_request_at=check_bool,
    website=check_str,
)
