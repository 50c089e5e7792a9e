# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_export_status import DataExportStatus
from ..types import DecodingIssue, Model, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class DataExport(Model):
    """The data export API is used to export message delivery and engagement statistics for outbound content (Emails,
    Posts, Custom Bots, Surveys, Tours, Series, and more) sent in a given timeframe. The exported data includes who
    received each message, when they received it, and how they engaged with it (opens, clicks, replies, completions,
    dismissals, unsubscribes, and bounces).

    Attributes:
        download_expires_at (str | None): The time after which you will not be able to access the data. Example:
            1674917488.
        download_url (str | None): The location where you can download your data. Example:
            https://api.intercom.test/download/messages/data/example.
        job_identfier (str | None): The identifier for your job. Example: orzzsbd7hk67xyu.
        job_identifier (str | None): The identifier for your job.
        status (DataExportStatus | None): The current state of your job. Example: pending.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    download_expires_at: str | None = None
    download_url: str | None = None
    job_identfier: str | None = None
    job_identifier: str | None = None
    status: DataExportStatus | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    DataExport,
    download_expires_at=check_str,
    download_url=check_str,
    job_identfier=check_str,
    job_identifier=check_str,
    status=check_str,
)
