# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..types import (
    UNSET,
    Unset,
    WrongType,
    parse_datetime,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.workflow_export_workflow import WorkflowExportWorkflow


_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
    {
        "app_id",
        "export_version",
        "exported_at",
        "workflow",
    }
)


@_attrs_define(kw_only=True)
class WorkflowExport:
    """A workflow export containing the complete workflow configuration.

    Attributes:
        app_id (int | Unset): The workspace identifier. Example: 12345.
        export_version (str | Unset): The version of the export format. Example: 1.0.
        exported_at (datetime.datetime | Unset): The timestamp when the export was generated. Example:
            2026-01-26T12:00:00Z.
        workflow (WorkflowExportWorkflow | Unset): The workflow configuration.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    app_id: int | None | Unset = UNSET
    export_version: str | None | Unset = UNSET
    exported_at: datetime.datetime | None | Unset = UNSET
    workflow: WorkflowExportWorkflow | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.app_id
        if _v is not UNSET:
            _d["app_id"] = _v
        _v = self.export_version
        if _v is not UNSET:
            _d["export_version"] = _v
        _v = self.exported_at
        if _v is not UNSET:
            _d["exported_at"] = None if _v is None else to_jsonable(_v)
        _v = self.workflow
        if _v is not UNSET:
            _d["workflow"] = None if _v is None else _v.to_dict()
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="WorkflowExport")
            _d = dict(_d)
        _f = ""
        try:
            app_id = _d.get("app_id", UNSET)
            if app_id.__class__ is dict or app_id.__class__ is list:
                raise WrongType("integer", app_id, "app_id")

            export_version = _d.get("export_version", UNSET)
            if export_version.__class__ is dict or export_version.__class__ is list:
                raise WrongType("string", export_version, "export_version")

            exported_at = _d.get("exported_at", UNSET)
            if exported_at is not None and exported_at is not UNSET:
                _f = "exported_at"
                exported_at = parse_datetime(exported_at)

            workflow = _d.get("workflow", UNSET)
            if workflow is not None and workflow is not UNSET:
                _f = "workflow"
                workflow = WorkflowExportWorkflow.from_dict(workflow)

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.app_id = app_id
            _obj.export_version = export_version
            _obj.exported_at = exported_at
            _obj.workflow = workflow
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="WorkflowExport", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("WorkflowExport", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(str(exc), model="WorkflowExport", path=(field,) if field else ()) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="WorkflowExport", path=(_f,) if _f else ()) from None
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.workflow_export_workflow import WorkflowExportWorkflow  # noqa: E402
