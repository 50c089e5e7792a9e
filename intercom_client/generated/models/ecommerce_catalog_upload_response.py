# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.ecommerce_catalog_upload_response_status import (
    EcommerceCatalogUploadResponseStatus,
)
from ..types import DecodingIssue, Field, Model, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class EcommerceCatalogUploadResponse(Model):
    """Returned when a catalog upload is accepted and sync has started.

    Attributes:
        import_job_id (str | None): The unique identifier for the import job. Example: job_01abc123.
        message (str | None): A human-readable description of the sync status. Example: Catalog received. Sync has
            started..
        status (EcommerceCatalogUploadResponseStatus | None): The current status of the catalog sync. Example:
            processing.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    import_job_id: str | None = None
    message: str | None = None
    status: EcommerceCatalogUploadResponseStatus | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    EcommerceCatalogUploadResponse,
    import_job_id=check_str,
    message=check_str,
    status=Field(check_str, const="processing"),
)
