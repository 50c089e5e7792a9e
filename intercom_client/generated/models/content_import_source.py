# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.content_import_source_status import ContentImportSourceStatus
from ..models.content_import_source_sync_behavior import (
    ContentImportSourceSyncBehavior,
)
from ..models.content_import_source_type import ContentImportSourceType
from ..types import (
    DECODE_ERRORS,
    DecodingIssue,
    FieldSpec,
    WrongType,
    check_int,
    check_scalar_list,
    check_str,
    decode_leniently,
    to_jsonable,
)

_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "created_at": None,
    "id": None,
    "last_synced_at": None,
    "status": None,
    "sync_behavior": None,
    "type_": None,
    "updated_at": None,
    "url": None,
    "audience_ids": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "created_at",
        "id",
        "last_synced_at",
        "status",
        "sync_behavior",
        "type",
        "updated_at",
        "url",
        "audience_ids",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ContentImportSource:
    """An external source for External Pages that you add to your Fin Content Library.

    Attributes:
        created_at (int): The time when the content import source was created. Example: 1672928359.
        id (int): The unique identifier for the content import source which is given by Intercom. Example: 1234.
        last_synced_at (int): The time when the content import source was last synced. Example: 1672928610.
        status (ContentImportSourceStatus): The status of the content import source. Default: 'active'. Example: active.
        sync_behavior (ContentImportSourceSyncBehavior): If you intend to create or update External Pages via the API,
            this should be set to `api`. Example: api.
        type_ (ContentImportSourceType): Always external_page Default: 'content_import_source'. Example:
            content_import_source.
        updated_at (int): The time when the content import source was last updated. Example: 1672928610.
        url (str): The URL of the root of the external source. Example: https://help.example.com/.
        audience_ids (list[int] | None): The unique identifiers for the audiences associated with this content import
            source. Example: [5678].
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    created_at: int
    id: int
    last_synced_at: int
    status: ContentImportSourceStatus
    sync_behavior: ContentImportSourceSyncBehavior
    type_: ContentImportSourceType
    updated_at: int
    url: str
    audience_ids: list[int] | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "content_import_source"),)
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = _v
        _v = self.id
        if _v is not None:
            _d["id"] = _v
        _v = self.last_synced_at
        if _v is not None:
            _d["last_synced_at"] = _v
        _v = self.status
        if _v is not None:
            _d["status"] = _v
        _v = self.sync_behavior
        if _v is not None:
            _d["sync_behavior"] = _v
        _v = self.type_
        if _v is not None:
            _d["type"] = _v
        _v = self.updated_at
        if _v is not None:
            _d["updated_at"] = _v
        _v = self.url
        if _v is not None:
            _d["url"] = _v
        _v = self.audience_ids
        if _v is not None:
            _d["audience_ids"] = to_jsonable(_v)
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("created_at", "created_at", check_int, True),
            FieldSpec("id", "id", check_int, True),
            FieldSpec("last_synced_at", "last_synced_at", check_int, True),
            FieldSpec("status", "status", check_str, True),
            FieldSpec("sync_behavior", "sync_behavior", check_str, True),
            FieldSpec("type", "type_", check_str, True),
            FieldSpec("updated_at", "updated_at", check_int, True),
            FieldSpec("url", "url", check_str, True),
            FieldSpec("audience_ids", "audience_ids", check_scalar_list, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="ContentImportSource")
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
            if "created_at" not in _d:
                raise KeyError("created_at")
            if _state["created_at"] is None:
                raise WrongType("a value", None)
            if "id" not in _d:
                raise KeyError("id")
            if _state["id"] is None:
                raise WrongType("a value", None)
            if "last_synced_at" not in _d:
                raise KeyError("last_synced_at")
            if _state["last_synced_at"] is None:
                raise WrongType("a value", None)
            if "status" not in _d:
                raise KeyError("status")
            if _state["status"] is None:
                raise WrongType("a value", None)
            if "sync_behavior" not in _d:
                raise KeyError("sync_behavior")
            if _state["sync_behavior"] is None:
                raise WrongType("a value", None)
            if "type" in _d:
                _state["type_"] = _state.pop("type")
            if "type" not in _d:
                raise KeyError("type")
            if _state["type_"] is None:
                raise WrongType("a value", None)
            if "updated_at" not in _d:
                raise KeyError("updated_at")
            if _state["updated_at"] is None:
                raise WrongType("a value", None)
            if "url" not in _d:
                raise KeyError("url")
            if _state["url"] is None:
                raise WrongType("a value", None)
            _v = _state["audience_ids"]
            if _v is not None:
                _v = check_scalar_list(_v)

            _state["audience_ids"] = _v
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj
