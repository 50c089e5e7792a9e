# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    DECODE_ERRORS,
    DecodingIssue,
    FieldSpec,
    Pending,
    check_int,
    check_str,
    decode_leniently,
    install_lazy_fields,
    parse_datetime,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.workflow_export_workflow import WorkflowExportWorkflow


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "app_id": None,
    "export_version": None,
    "exported_at": None,
    "workflow": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "app_id",
        "export_version",
        "exported_at",
        "workflow",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class WorkflowExport:
    """A workflow export containing the complete workflow configuration.

    Attributes:
        app_id (int | None): The workspace identifier. Example: 12345.
        export_version (str | None): The version of the export format. Example: 1.0.
        exported_at (datetime.datetime | None): The timestamp when the export was generated. Example:
            2026-01-26T12:00:00Z.
        workflow (WorkflowExportWorkflow | None): The workflow configuration.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    app_id: int | None = None
    export_version: str | None = None
    exported_at: datetime.datetime | None = None
    workflow: WorkflowExportWorkflow | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.app_id
        if _v is not None:
            _d["app_id"] = _v
        _v = self.export_version
        if _v is not None:
            _d["export_version"] = _v
        _v = self.exported_at
        if _v is not None:
            _d["exported_at"] = to_jsonable(_v)
        _v = self.workflow
        if _v is not None:
            _d["workflow"] = to_jsonable(_v)
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("app_id", "app_id", check_int, False),
            FieldSpec("export_version", "export_version", check_str, False),
            FieldSpec("exported_at", "exported_at", parse_datetime, False),
            FieldSpec("workflow", "workflow", WorkflowExportWorkflow.from_dict, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="WorkflowExport")
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
            _v = _state["exported_at"]
            if _v is not None:
                _v = parse_datetime(_v)

            _state["exported_at"] = _v
            _v = _state["workflow"]
            if _v is not None and _v.__class__ is not dict:
                _state["workflow"] = Pending(_v)
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.workflow_export_workflow import WorkflowExportWorkflow

install_lazy_fields(WorkflowExport, ("workflow",))
