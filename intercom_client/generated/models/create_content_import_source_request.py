# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Required, Self, TypedDict

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.create_content_import_source_request_status import (
    CreateContentImportSourceRequestStatus,
)
from ..models.create_content_import_source_request_sync_behavior import (
    CreateContentImportSourceRequestSyncBehavior,
)
from ..types import (
    DECODE_ERRORS,
    UNSET,
    DecodingIssue,
    FieldSpec,
    Unset,
    WrongType,
    check_int,
    check_scalar_list,
    check_str,
    decode_leniently,
    to_jsonable,
)


def _decode_audience_ids(data: Any) -> Any:
    try:
        return check_int(data)
    except (ResponseDecodingError, WrongType, TypeError, ValueError, AttributeError, KeyError):
        pass
    return check_scalar_list(data)


_new_instance = object.__new__
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "sync_behavior",
        "url",
        "audience_ids",
        "status",
    }
)


@_attrs_define(kw_only=True)
class CreateContentImportSourceRequest:
    """You can add an Content Import Source to your Fin Content Library.

    Attributes:
        sync_behavior (CreateContentImportSourceRequestSyncBehavior): If you intend to create or update External Pages
            via the API, this should be set to `api`. Example: api.
        url (str): The URL of the content import source. Example: https://help.example.com.
        audience_ids (int | list[int] | None | Unset): The unique identifiers for the audiences to associate with this
            content import source. Can be a single integer or an array of integers. Example: [5678].
        status (CreateContentImportSourceRequestStatus | Unset): The status of the content import source. Default:
            'active'. Example: active.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    sync_behavior: CreateContentImportSourceRequestSyncBehavior = "api"
    url: str
    audience_ids: int | list[int] | Unset | None = UNSET
    status: CreateContentImportSourceRequestStatus | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("sync_behavior", "api"),)
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.sync_behavior
        if _v is not UNSET:
            _d["sync_behavior"] = _v
        _v = self.url
        if _v is not UNSET:
            _d["url"] = _v
        _v = self.audience_ids
        if _v is not UNSET:
            _d["audience_ids"] = None if _v is None else to_jsonable(_v)
        _v = self.status
        if _v is not UNSET:
            _d["status"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("sync_behavior", "sync_behavior", check_str, True),
            FieldSpec("url", "url", check_str, True),
            FieldSpec("audience_ids", "audience_ids", _decode_audience_ids, False),
            FieldSpec("status", "status", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="CreateContentImportSourceRequest"
                )
            _d = dict(_d)
        try:
            sync_behavior: Any = _d["sync_behavior"]
            if sync_behavior is None:
                raise WrongType("a value", None)

            url: Any = _d["url"]
            if url is None:
                raise WrongType("a value", None)

            audience_ids: Any = _d.get("audience_ids", UNSET)
            if audience_ids is not None and audience_ids is not UNSET:
                audience_ids = _decode_audience_ids(audience_ids)

            status: Any = _d.get("status", UNSET)

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.sync_behavior = sync_behavior
            _obj.url = url
            _obj.audience_ids = audience_ids
            _obj.status = status
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        return _obj


class CreateContentImportSourceRequestDict(TypedDict, total=False):
    """:class:`CreateContentImportSourceRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    sync_behavior: CreateContentImportSourceRequestSyncBehavior
    url: Required[str]
    audience_ids: int | list[int] | None
    status: CreateContentImportSourceRequestStatus
