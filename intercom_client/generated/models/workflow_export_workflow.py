# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
# ruff: noqa: E402  (the models this one refers to are imported at the end: they may refer back)
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.workflow_export_workflow_state import WorkflowExportWorkflowState
from ..types import (
    DECODE_ERRORS,
    DecodingIssue,
    FieldSpec,
    Pending,
    check_scalar_list,
    check_str,
    decode_leniently,
    decode_list,
    install_lazy_fields,
    parse_datetime,
    to_jsonable,
)

if TYPE_CHECKING:
    from ..models.workflow_export_workflow_attributes_item import WorkflowExportWorkflowAttributesItem
    from ..models.workflow_export_workflow_embedded_rules_item import WorkflowExportWorkflowEmbeddedRulesItem
    from ..models.workflow_export_workflow_snapshot import WorkflowExportWorkflowSnapshot
    from ..models.workflow_export_workflow_targeting import WorkflowExportWorkflowTargeting


def _decode_attributes(data: Any) -> list[WorkflowExportWorkflowAttributesItem]:
    return decode_list(data, WorkflowExportWorkflowAttributesItem.from_dict)


def _decode_embedded_rules(data: Any) -> list[WorkflowExportWorkflowEmbeddedRulesItem]:
    return decode_list(data, WorkflowExportWorkflowEmbeddedRulesItem.from_dict)


_new_instance = object.__new__
# Every attribute of a decoded instance as it is when its JSON field is absent.
_ABSENT: dict[str, Any] = {
    "attributes": None,
    "created_at": None,
    "description": None,
    "embedded_rules": None,
    "id": None,
    "preferred_devices": None,
    "snapshot": None,
    "state": None,
    "target_channels": None,
    "targeting": None,
    "title": None,
    "trigger_type": None,
    "updated_at": None,
    "_decoding_issues": (),
}
_KNOWN_FIELDS: frozenset[str] = frozenset(
    {
        "attributes",
        "created_at",
        "description",
        "embedded_rules",
        "id",
        "preferred_devices",
        "snapshot",
        "state",
        "target_channels",
        "targeting",
        "title",
        "trigger_type",
        "updated_at",
    }
)


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class WorkflowExportWorkflow:
    """The workflow configuration.

    Attributes:
        attributes (list[WorkflowExportWorkflowAttributesItem] | None): Custom attributes defined for this workflow.
        created_at (datetime.datetime | None): When the workflow was created. Example: 2025-06-15T10:30:00Z.
        description (str | None): The description of the workflow. Example: A workflow that handles customer inquiries.
        embedded_rules (list[WorkflowExportWorkflowEmbeddedRulesItem] | None): Rules embedded within the workflow steps.
        id (str | None): The unique identifier for the workflow. Example: 67890.
        preferred_devices (list[str] | None): The preferred devices for this workflow. Example: ['desktop', 'mobile'].
        snapshot (WorkflowExportWorkflowSnapshot | None):
        state (WorkflowExportWorkflowState | None): The current state of the workflow. Example: live.
        target_channels (list[str] | None): The channels this workflow targets. Example: ['chat'].
        targeting (WorkflowExportWorkflowTargeting | None):
        title (str | None): The title of the workflow. Example: My Workflow.
        trigger_type (str | None): The type of trigger that starts this workflow. Example: inbound_conversation.
        updated_at (datetime.datetime | None): When the workflow was last updated. Example: 2026-01-20T14:45:00Z.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    attributes: list[WorkflowExportWorkflowAttributesItem] | None = None
    created_at: datetime.datetime | None = None
    description: str | None = None
    embedded_rules: list[WorkflowExportWorkflowEmbeddedRulesItem] | None = None
    id: str | None = None
    preferred_devices: list[str] | None = None
    snapshot: WorkflowExportWorkflowSnapshot | None = None
    state: WorkflowExportWorkflowState | None = None
    target_channels: list[str] | None = None
    targeting: WorkflowExportWorkflowTargeting | None = None
    title: str | None = None
    trigger_type: str | None = None
    updated_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v: Any
        _v = self.attributes
        if _v is not None:
            _d["attributes"] = to_jsonable(_v)
        _v = self.created_at
        if _v is not None:
            _d["created_at"] = to_jsonable(_v)
        _v = self.description
        if _v is not None:
            _d["description"] = to_jsonable(_v)
        _v = self.embedded_rules
        if _v is not None:
            _d["embedded_rules"] = to_jsonable(_v)
        _v = self.id
        if _v is not None:
            _d["id"] = _v
        _v = self.preferred_devices
        if _v is not None:
            _d["preferred_devices"] = to_jsonable(_v)
        _v = self.snapshot
        if _v is not None:
            _d["snapshot"] = to_jsonable(_v)
        _v = self.state
        if _v is not None:
            _d["state"] = _v
        _v = self.target_channels
        if _v is not None:
            _d["target_channels"] = to_jsonable(_v)
        _v = self.targeting
        if _v is not None:
            _d["targeting"] = to_jsonable(_v)
        _v = self.title
        if _v is not None:
            _d["title"] = _v
        _v = self.trigger_type
        if _v is not None:
            _d["trigger_type"] = _v
        _v = self.updated_at
        if _v is not None:
            _d["updated_at"] = to_jsonable(_v)
        return _d

    @classmethod
    def _field_table(cls) -> tuple[FieldSpec, ...]:
        """Each declared field: JSON name, attribute, decoder, and whether it admits neither absence nor null."""
        return (
            FieldSpec("attributes", "attributes", _decode_attributes, False),
            FieldSpec("created_at", "created_at", parse_datetime, False),
            FieldSpec("description", "description", check_str, False),
            FieldSpec("embedded_rules", "embedded_rules", _decode_embedded_rules, False),
            FieldSpec("id", "id", check_str, False),
            FieldSpec("preferred_devices", "preferred_devices", check_scalar_list, False),
            FieldSpec("snapshot", "snapshot", WorkflowExportWorkflowSnapshot.from_dict, False),
            FieldSpec("state", "state", check_str, False),
            FieldSpec("target_channels", "target_channels", check_scalar_list, False),
            FieldSpec("targeting", "targeting", WorkflowExportWorkflowTargeting.from_dict, False),
            FieldSpec("title", "title", check_str, False),
            FieldSpec("trigger_type", "trigger_type", check_str, False),
            FieldSpec("updated_at", "updated_at", parse_datetime, False),
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; values of another shape are kept as received (see ``decoding_issues``)."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="WorkflowExportWorkflow")
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
            if _state["attributes"] is not None:
                _state["attributes"] = Pending(_state["attributes"])
            _v = _state["created_at"]
            if _v is not None:
                _v = parse_datetime(_v)

            _state["created_at"] = _v
            if _state["embedded_rules"] is not None:
                _state["embedded_rules"] = Pending(_state["embedded_rules"])
            _v = _state["preferred_devices"]
            if _v is not None:
                _v = check_scalar_list(_v)

            _state["preferred_devices"] = _v
            _v = _state["snapshot"]
            if _v is not None and _v.__class__ is not dict:
                _state["snapshot"] = Pending(_v)
            _v = _state["target_channels"]
            if _v is not None:
                _v = check_scalar_list(_v)

            _state["target_channels"] = _v
            _v = _state["targeting"]
            if _v is not None and _v.__class__ is not dict:
                _state["targeting"] = Pending(_v)
            _v = _state["updated_at"]
            if _v is not None:
                _v = parse_datetime(_v)

            _state["updated_at"] = _v
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
        _obj = _new_instance(cls)
        _obj.__dict__ = _state
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.workflow_export_workflow_attributes_item import WorkflowExportWorkflowAttributesItem
from ..models.workflow_export_workflow_embedded_rules_item import WorkflowExportWorkflowEmbeddedRulesItem
from ..models.workflow_export_workflow_snapshot import WorkflowExportWorkflowSnapshot
from ..models.workflow_export_workflow_targeting import WorkflowExportWorkflowTargeting

install_lazy_fields(
    WorkflowExportWorkflow,
    (
        "attributes",
        "embedded_rules",
        "snapshot",
        "targeting",
    ),
)
