# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.company_search_request_sort_order import (
    CompanySearchRequestSortOrder,
)
from ..types import UNSET, DecodingIssue, Model, Unset, check_str, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CompanySearchRequestSort(Model):
    """An optional object to sort the results by.

    Attributes:
        field (str | Unset | None): The field to sort the results on. Example: created_at.
        order (CompanySearchRequestSortOrder | Unset | None): The order to sort the results in. Defaults to `descending`
            when omitted. Values other than `ascending` or `descending` return a `400` error with code `invalid_sort_order`.
            Default: 'descending'. Example: descending.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    field: str | Unset | None = UNSET
    order: CompanySearchRequestSortOrder | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class CompanySearchRequestSortDict(TypedDict, total=False):
    """:class:`CompanySearchRequestSort` written as a dict literal (JSON field names), e.g. as a request body."""

    field: str
    order: CompanySearchRequestSortOrder


sent_fields(
    CompanySearchRequestSort,
    field=check_str,
    order=check_str,
)
