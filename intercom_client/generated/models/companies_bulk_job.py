# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..models.companies_bulk_job_state import CompaniesBulkJobState
from ..models.companies_bulk_job_type import CompaniesBulkJobType
from ..types import DecodingIssue, Field, Model, ModelRef, check_int, check_str, list_of, received_fields

if TYPE_CHECKING:
    from ..models.companies_bulk_job_tasks_item import CompaniesBulkJobTasksItem


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CompaniesBulkJob(Model):
    """A bulk job for creating, updating, or deleting companies asynchronously. Track the job status using the `state`
    field.

    Attributes:
        id (str): The unique identifier for the bulk job. Example: job_v2_1.
        type_ (CompaniesBulkJobType): The type of the object. Example: companies.bulk.job.
        completed_at (int | None): The time the job completed as a UNIX timestamp. Null if not yet completed. Example:
            1713360120.
        created_at (int | None): The time the job was created as a UNIX timestamp. Example: 1713360000.
        state (CompaniesBulkJobState | None): The current state of the job. Example: running.
        tasks (list[CompaniesBulkJobTasksItem] | None): The tasks that make up this bulk job.
        updated_at (int | None): The time the job was last updated as a UNIX timestamp. Example: 1713360060.
        url (str | None): The URL to check the job status. Example: https://api.intercom.io/companies/bulk/job_v2_1.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: CompaniesBulkJobType
    completed_at: int | None = None
    created_at: int | None = None
    state: CompaniesBulkJobState | None = None
    tasks: list[CompaniesBulkJobTasksItem] | None = None
    updated_at: int | None = None
    url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    CompaniesBulkJob,
    id=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True, const="companies.bulk.job"),
    completed_at=check_int,
    created_at=check_int,
    state=check_str,
    tasks=list_of(ModelRef(models, "CompaniesBulkJobTasksItem")),
    updated_at=check_int,
    url=check_str,
)
