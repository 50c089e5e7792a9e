# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
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
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "sync_behavior": UNSET,
    "url": UNSET,
    "audience_ids": UNSET,
    "status": UNSET,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "sync_behavior",
        "url",
        "audience_ids",
        "status",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CreateContentImportSourceRequest:
    """You can add an Content Import Source to your Fin Content Library.

    Attributes:
        sync_behavior (CreateContentImportSourceRequestSyncBehavior): If you intend to create or update External Pages
            via the API, this should be set to `api`. Example: api.
        url (str): The URL of the content import source. Example: https://help.example.com.
        audience_ids (int | list[int] | Unset | None): The unique identifiers for the audiences to associate with this
            content import source. Can be a single integer or an array of integers. Example: [5678].
        status (CreateContentImportSourceRequestStatus | Unset | None): The status of the content import source.
            Default: 'active'. Example: active.
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
            if "sync_behavior" not in _d:
                raise KeyError("sync_behavior")
            if _state["sync_behavior"] is None:
                raise WrongType("a value", None)
            if "url" not in _d:
                raise KeyError("url")
            if _state["url"] is None:
                raise WrongType("a value", None)
            _v = _state["audience_ids"]
            if _v is not None and _v is not UNSET:
                _v = _decode_audience_ids(_v)

            _state["audience_ids"] = _v
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, UNSET)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


class CreateContentImportSourceRequestDict(TypedDict, total=False):
    """:class:`CreateContentImportSourceRequest` written as a dict literal (JSON field names), e.g. as a request body."""

    sync_behavior: CreateContentImportSourceRequestSyncBehavior
    url: Required[str]
    audience_ids: int | list[int] | None
    status: CreateContentImportSourceRequestStatus
