# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.jobs_status import JobsStatus
from ..models.jobs_type import JobsType
from ..types import DecodingIssue, Field, Model, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class Jobs(Model):
    """Jobs are tasks that are processed asynchronously by the Intercom system after being enqueued via the API. This
    allows for efficient handling of operations that may take time to complete, such as data imports or exports. You can
    check the status of your jobs to monitor their progress and ensure they are completed successfully.

    Attributes:
        id (str): The id of the job that's currently being processed or has completed. Example: 20.
        type_ (JobsType): The type of the object
        resource_id (str | None): The id of the resource created during job execution (e.g. ticket id) Example: 123.
        resource_type (str | None): The type of resource created during job execution. Example: ticket.
        resource_url (str | None): The url of the resource created during job exeuction. Use this url to fetch the
            resource. Example: http://api.intercom.io/tickets/123.
        status (JobsStatus | None): The status of the job execution.
        url (str | None): API endpoint URL to check the job status. Example: https://api.intercom.io/jobs/status/20.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: JobsType
    resource_id: str | None = None
    resource_type: str | None = None
    resource_url: str | None = None
    status: JobsStatus | None = None
    url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    Jobs,
    id=Field(check_str, required=True),
    type_=Field(check_str, json="type", required=True, const="job"),
    resource_id=check_str,
    resource_type=check_str,
    resource_url=check_str,
    status=check_str,
    url=check_str,
)
