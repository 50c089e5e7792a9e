# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

import json
from typing import Any, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.upload_ecommerce_catalog_body_finalize import (
    UploadEcommerceCatalogBodyFinalize,
)
from ..types import UNSET, DecodingIssue, File, Model, Unset, check_any, check_int, check_str, sent_fields


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class UploadEcommerceCatalogBody(Model):
    """
    Attributes:
        catalog (File | Unset | None): The catalog JSON file. Required for all requests except finalization
            (`finalize=true`). Must be a valid JSON array of product objects. Max 99 MB.

            Each element in the array must conform to the
            [`ecommerce_catalog_product`](/docs/references/preview/rest-
            api/api.intercom.io/models/ecommerce_catalog_product) schema.
            The `id`, `title`, and `url` fields are required on every product;
            all other fields are optional. Variants, if provided, must conform to the
            [`ecommerce_catalog_variant`](/docs/references/preview/rest-
            api/api.intercom.io/models/ecommerce_catalog_variant) schema.
        finalize (UploadEcommerceCatalogBodyFinalize | Unset | None): Set to `true` to finalize a multipart upload
            session and start the catalog sync.
            No catalog file is required when finalizing. Set to `false` to upload a part in
            a multipart session. Omit entirely for a single-file upload. Example: false.
        import_job_id (str | Unset | None): The import job ID returned from the first multipart upload request. Required
            when uploading subsequent parts (`part_number` ≥ 2) and when finalizing
            a multipart session (`finalize=true`). Example: job_01abc123.
        part_number (int | Unset | None): The sequential part number for a multipart upload. Must be a positive integer.
            The server returns `next_part_number` in each response to guide the next request.
            Retrying the same `part_number` is safe and idempotent. Example: 2.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    catalog: File | Unset | None = UNSET
    finalize: UploadEcommerceCatalogBodyFinalize | Unset | None = UNSET
    import_job_id: str | Unset | None = UNSET
    part_number: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []
        for key, value in self.to_dict().items():
            if isinstance(value, types.File):
                files.append((key, value.to_tuple()))
            elif isinstance(value, (dict, list)):
                files.append((key, (None, json.dumps(value).encode(), "application/json")))
            else:
                files.append((key, (None, str(value).encode(), "text/plain")))
        return files


class UploadEcommerceCatalogBodyDict(TypedDict, total=False):
    """:class:`UploadEcommerceCatalogBody` written as a dict literal (JSON field names), e.g. as a request body."""

    catalog: File
    finalize: UploadEcommerceCatalogBodyFinalize
    import_job_id: str
    part_number: int


sent_fields(
    UploadEcommerceCatalogBody,
    catalog=check_any,
    finalize=check_str,
    import_job_id=check_str,
    part_number=check_int,
)
