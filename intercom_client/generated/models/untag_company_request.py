# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import DecodingIssue, Field, Model, ModelRef, check_str, list_of, sent_fields

if TYPE_CHECKING:
    from ..models.untag_company_request_companies_item import (
        UntagCompanyRequestCompaniesItem,
        UntagCompanyRequestCompaniesItemDict,
    )


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class UntagCompanyRequest(Model):
    """You can tag a single company or a list of companies.

    Attributes:
        companies (list[UntagCompanyRequestCompaniesItem]): The id or company_id of the company can be passed as input
            parameters.
        name (str): The name of the tag which will be untagged from the company Example: Independent.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    companies: list[UntagCompanyRequestCompaniesItem]
    name: str
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class UntagCompanyRequestDict(TypedDict, total=False):
    """:class:`UntagCompanyRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    companies: Required[Sequence[UntagCompanyRequestCompaniesItemDict]]
    name: Required[str]


sent_fields(
    UntagCompanyRequest,
    companies=Field(list_of(ModelRef(models, "UntagCompanyRequestCompaniesItem")), required=True),
    name=Field(check_str, required=True),
)
