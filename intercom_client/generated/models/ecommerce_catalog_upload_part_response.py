# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import DecodingIssue, Model, check_int, check_str, received_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class EcommerceCatalogUploadPartResponse(Model):
    """Returned after a multipart catalog part is successfully uploaded.

    Attributes:
        import_job_id (str | None): The unique identifier for the active upload session. Pass this as `import_job_id`
            in subsequent part uploads and in the finalization request. Example: job_01abc123.
        next_part_number (int | None): The part number to use in the next upload request. Example: 2.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    import_job_id: str | None = None
    next_part_number: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    EcommerceCatalogUploadPartResponse,
    import_job_id=check_str,
    next_part_number=check_int,
)
