# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DecodingIssue, Model, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ReportingDataExportJob(Model):
    """
    Attributes:
        download_expires_at (str | None):
        download_url (str | None):
        job_identifier (str | None):  Example: job1.
        status (str | None):  Example: pending.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    download_expires_at: str | None = None
    download_url: str | None = None
    job_identifier: str | None = None
    status: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ReportingDataExportJob,
    download_expires_at=check_str,
    download_url=check_str,
    job_identifier=check_str,
    status=check_str,
)
