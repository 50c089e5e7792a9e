# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.activity_log_activity_type import ActivityLogActivityType
from ..types import (
    DECODE_ERRORS,
    DecodingIssue,
    FieldSpec,
    Pending,
    check_int,
    check_str,
    decode_leniently,
    install_lazy_fields,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.activity_log_metadata import ActivityLogMetadata
    from ..models.activity_log_performed_by import ActivityLogPerformedBy


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "activity_description": None,
    "activity_type": None,
    "created_at": None,
    "id": None,
    "metadata": None,
    "performed_by": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "activity_description",
        "activity_type",
        "created_at",
        "id",
        "metadata",
        "performed_by",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ActivityLog:
    """Activities performed by Admins.

    Attributes:
        activity_description (str | None): A sentence or two describing the activity. Example: Admin updated the app's
            name to "My App"..
        activity_type (ActivityLogActivityType | None):  Example: app_name_change.
        created_at (int | None): The time the activity was created. Example: 1671028894.
        id (str | None): The id representing the activity. Example: 6.
        metadata (ActivityLogMetadata | None):
        performed_by (ActivityLogPerformedBy | None): Details about the Admin involved in the activity.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    activity_description: str | None = None
    activity_type: ActivityLogActivityType | None = None
    created_at: int | None = None
    id: str | None = None
    metadata: ActivityLogMetadata | None = None
    performed_by: ActivityLogPerformedBy | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.activity_description
        if _v is not None:
            _d["activity_description"] = _v
        _v = self.activity_type
        if _v is not None:
            _d["activity_type"] = _v
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = _v
        _v = self.id
        if _v is not None:
            _d["id"] = _v
        _v = self.metadata
        if _v is not None:
            _d["metadata"] = to_jsonable(_v)
        _v = self.performed_by
        if _v is not None:
            _d["performed_by"] = to_jsonable(_v)
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("activity_description", "activity_description", check_str, False),
            FieldSpec("activity_type", "activity_type", check_str, False),
            FieldSpec("created_at", "created_at", check_int, False),
            FieldSpec("id", "id", check_str, False),
            FieldSpec("metadata", "metadata", ActivityLogMetadata.from_dict, False),
            FieldSpec("performed_by", "performed_by", ActivityLogPerformedBy.from_dict, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="ActivityLog")
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
            _v = _state["metadata"]
            if _v is not None and _v.__class__ is not dict:
                _state["metadata"] = Pending(_v)
            _v = _state["performed_by"]
            if _v is not None and _v.__class__ is not dict:
                _state["performed_by"] = Pending(_v)
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.activity_log_metadata import ActivityLogMetadata
from ..models.activity_log_performed_by import ActivityLogPerformedBy

install_lazy_fields(
    ActivityLog,
    (
        "metadata",
        "performed_by",
    ),
)
