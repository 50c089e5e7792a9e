# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, DecodingIssue, Field, Model, Unset, list_of, sent_fields

if TYPE_CHECKING:
    from ..models.bulk_delete_companies_request_companies_item import BulkDeleteCompaniesRequestCompaniesItemDict
    from ..models.bulk_delete_companies_request_job import BulkDeleteCompaniesRequestJobDict


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class BulkDeleteCompaniesRequest(Model):
    """Request body for bulk deleting companies.

    Attributes:
        companies (list[BulkDeleteCompaniesRequestCompaniesItem]): An array of companies to delete, each identified by
            its Intercom company `id`. Maximum 100 companies per request.
        job (BulkDeleteCompaniesRequestJob | Unset | None): Optional. Include to append tasks to an existing job.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    companies: list[BulkDeleteCompaniesRequestCompaniesItem]
    job: BulkDeleteCompaniesRequestJob | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


class BulkDeleteCompaniesRequestDict(TypedDict, total=False):
    """:class:`BulkDeleteCompaniesRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    companies: Required[Sequence[BulkDeleteCompaniesRequestCompaniesItemDict]]
    job: BulkDeleteCompaniesRequestJobDict


# Imported last, so that models that refer to each other can import each other.
from ..models.bulk_delete_companies_request_companies_item import BulkDeleteCompaniesRequestCompaniesItem
from ..models.bulk_delete_companies_request_job import BulkDeleteCompaniesRequestJob

sent_fields(
    BulkDeleteCompaniesRequest,
    companies=Field(list_of(BulkDeleteCompaniesRequestCompaniesItem.from_dict), required=True),
    job=BulkDeleteCompaniesRequestJob.from_dict,
)
