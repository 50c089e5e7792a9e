# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.contacts_bulk_job_tasks_item_state import (
    ContactsBulkJobTasksItemState,
)
from ..types import (
    DECODE_ERRORS,
    DecodingIssue,
    FieldSpec,
    check_int,
    check_str,
    decode_leniently,
    to_jsonable,
)

_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "completed_at": None,
    "created_at": None,
    "id": None,
    "item_count": None,
    "started_at": None,
    "state": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "completed_at",
        "created_at",
        "id",
        "item_count",
        "started_at",
        "state",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ContactsBulkJobTasksItem:
    """
    Attributes:
        completed_at (int | None): The time the task completed as a UNIX timestamp. Null if not yet completed. Example:
            1713360120.
        created_at (int | None): The time the task was created as a UNIX timestamp. Example: 1713360000.
        id (str | None): The unique identifier for the task. Example: task_v2_1.
        item_count (int | None): The number of items in this task. Example: 3.
        started_at (int | None): The time the task started as a UNIX timestamp. Null if not yet started. Example:
            1713360060.
        state (ContactsBulkJobTasksItemState | None): The current state of the task. Example: pending.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    completed_at: int | None = None
    created_at: int | None = None
    id: str | None = None
    item_count: int | None = None
    started_at: int | None = None
    state: ContactsBulkJobTasksItemState | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.completed_at
        if _v is not None:
            _d["completed_at"] = to_jsonable(_v)
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = _v
        _v = self.id
        if _v is not None:
            _d["id"] = _v
        _v = self.item_count
        if _v is not None:
            _d["item_count"] = _v
        _v = self.started_at
        if _v is not None:
            _d["started_at"] = to_jsonable(_v)
        _v = self.state
        if _v is not None:
            _d["state"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("completed_at", "completed_at", check_int, False),
            FieldSpec("created_at", "created_at", check_int, False),
            FieldSpec("id", "id", check_str, False),
            FieldSpec("item_count", "item_count", check_int, False),
            FieldSpec("started_at", "started_at", check_int, False),
            FieldSpec("state", "state", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(
                    f"expected object, got {type(_d).__name__}", model="ContactsBulkJobTasksItem"
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
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj
