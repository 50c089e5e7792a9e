# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.companies_bulk_job_state import CompaniesBulkJobState
from ..models.companies_bulk_job_type import CompaniesBulkJobType
from ..types import (
    DECODE_ERRORS,
    DecodingIssue,
    FieldSpec,
    Pending,
    WrongType,
    check_int,
    check_str,
    decode_leniently,
    decode_list,
    install_lazy_fields,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.companies_bulk_job_tasks_item import CompaniesBulkJobTasksItem


def _decode_tasks(data: Any) -> list[CompaniesBulkJobTasksItem]:
    return decode_list(data, CompaniesBulkJobTasksItem.from_dict)


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "id": None,
    "type_": None,
    "completed_at": None,
    "created_at": None,
    "state": None,
    "tasks": None,
    "updated_at": None,
    "url": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "completed_at",
        "created_at",
        "state",
        "tasks",
        "updated_at",
        "url",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class CompaniesBulkJob:
    """A bulk job for creating, updating, or deleting companies asynchronously. Track the job status using the `state`
    field.

    Attributes:
        id (str): The unique identifier for the bulk job. Example: job_v2_1.
        type_ (CompaniesBulkJobType): The type of the object. Example: companies.bulk.job.
        completed_at (int | None): The time the job completed as a UNIX timestamp. Null if not yet completed. Example:
            1713360120.
        created_at (int | None): The time the job was created as a UNIX timestamp. Example: 1713360000.
        state (CompaniesBulkJobState | None): The current state of the job. Example: running.
        tasks (list[CompaniesBulkJobTasksItem] | None): The tasks that make up this bulk job.
        updated_at (int | None): The time the job was last updated as a UNIX timestamp. Example: 1713360060.
        url (str | None): The URL to check the job status. Example: https://api.intercom.io/companies/bulk/job_v2_1.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    id: str
    type_: CompaniesBulkJobType
    completed_at: int | None = None
    created_at: int | None = None
    state: CompaniesBulkJobState | None = None
    tasks: list[CompaniesBulkJobTasksItem] | None = None
    updated_at: int | None = None
    url: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "companies.bulk.job"),)
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.id
        if _v is not None:
            _d["id"] = _v
        _v = self.type_
        if _v is not None:
            _d["type"] = _v
        _v = self.completed_at
        if _v is not None:
            _d["completed_at"] = to_jsonable(_v)
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = _v
        _v = self.state
        if _v is not None:
            _d["state"] = _v
        _v = self.tasks
        if _v is not None:
            _d["tasks"] = to_jsonable(_v)
        _v = self.updated_at
        if _v is not None:
            _d["updated_at"] = _v
        _v = self.url
        if _v is not None:
            _d["url"] = _v
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("id", "id", check_str, True),
            FieldSpec("type", "type_", check_str, True),
            FieldSpec("completed_at", "completed_at", check_int, False),
            FieldSpec("created_at", "created_at", check_int, False),
            FieldSpec("state", "state", check_str, False),
            FieldSpec("tasks", "tasks", _decode_tasks, False),
            FieldSpec("updated_at", "updated_at", check_int, False),
            FieldSpec("url", "url", check_str, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="CompaniesBulkJob")
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
            if "id" not in _d:
                raise KeyError("id")
            if _state["id"] is None:
                raise WrongType("a value", None)
            if "type" in _d:
                _state["type_"] = _state.pop("type")
            if "type" not in _d:
                raise KeyError("type")
            if _state["type_"] is None:
                raise WrongType("a value", None)
            if _state["tasks"] is not None:
                _state["tasks"] = Pending(_state["tasks"])
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.companies_bulk_job_tasks_item import CompaniesBulkJobTasksItem

install_lazy_fields(CompaniesBulkJob, ("tasks",))
