# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Required, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import UNSET, DecodingIssue, Field, Model, ModelRef, Unset, list_of, sent_fields

if TYPE_CHECKING:
    from ..models.bulk_delete_companies_request_companies_item import (
        BulkDeleteCompaniesRequestCompaniesItem,
        BulkDeleteCompaniesRequestCompaniesItemDict,
    )
    from ..models.bulk_delete_companies_request_job import (
        BulkDeleteCompaniesRequestJob,
        BulkDeleteCompaniesRequestJobDict,
    )


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


sent_fields(
    BulkDeleteCompaniesRequest,
    companies=Field(list_of(ModelRef(models, "BulkDeleteCompaniesRequestCompaniesItem")), required=True),
    job=ModelRef(models, "BulkDeleteCompaniesRequestJob"),
)
