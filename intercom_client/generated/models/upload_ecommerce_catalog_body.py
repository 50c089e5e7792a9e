# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..errors import ResponseDecodingError
from ..models.upload_ecommerce_catalog_body_finalize import (
    UploadEcommerceCatalogBodyFinalize,
)
from ..types import (
    DECODE_ERRORS,
    UNSET,
    DecodingIssue,
    FieldSpec,
    File,
    Unset,
    check_int,
    check_str,
    decode_leniently,
    to_jsonable,
)

_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "catalog": UNSET,
    "finalize": UNSET,
    "import_job_id": UNSET,
    "part_number": UNSET,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "catalog",
        "finalize",
        "import_job_id",
        "part_number",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class UploadEcommerceCatalogBody:
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
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.catalog
        if _v is not UNSET:
            _d["catalog"] = None if _v is None else to_jsonable(_v)
        _v = self.finalize
        if _v is not UNSET:
            _d["finalize"] = _v
        _v = self.import_job_id
        if _v is not UNSET:
            _d["import_job_id"] = _v
        _v = self.part_number
        if _v is not UNSET:
            _d["part_number"] = _v
        return _d

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

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("catalog", "catalog", None, False),
            FieldSpec("finalize", "finalize", check_str, False),
            FieldSpec("import_job_id", "import_job_id", check_str, False),
            FieldSpec("part_number", "part_number", check_int, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="UploadEcommerceCatalogBody"
                )
            _d = dict(_d)
        # The instance's attributes are built as one dict: every field absent (a copy of a dict of
        # that shape is one memory copy), then what came, then only the fields that need work.
        _state: dict[str, Any] = _ABSENT.copy()
        _state.update(_d)
        try:
            if _d.keys() <= _KNOWN_FIELDS:
                _state["additional_properties"] = {}
            else:
                _state["additional_properties"] = _extra = {key: _state.pop(key) for key in _d.keys() - _KNOWN_FIELDS}
                _state.update({key: _ABSENT[key] for key in _extra.keys() & _ABSENT.keys()})
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class UploadEcommerceCatalogBodyDict(TypedDict, total=False):
    """:class:`UploadEcommerceCatalogBody` written as a dict literal (JSON field names), e.g. as a request body."""

    catalog: File
    finalize: UploadEcommerceCatalogBodyFinalize
    import_job_id: str
    part_number: int
