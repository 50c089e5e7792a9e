# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
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


@_attrs_define(kw_only=True)
class WorkflowExportWorkflow:
    """The workflow configuration.

    Attributes:
        attributes (list[WorkflowExportWorkflowAttributesItem]): Custom attributes defined for this workflow.
        created_at (datetime.datetime): When the workflow was created. Example: 2025-06-15T10:30:00Z.
        description (None | str): The description of the workflow. Example: A workflow that handles customer inquiries.
        embedded_rules (list[WorkflowExportWorkflowEmbeddedRulesItem]): Rules embedded within the workflow steps.
        id (str): The unique identifier for the workflow. Example: 67890.
        preferred_devices (list[str]): The preferred devices for this workflow. Example: ['desktop', 'mobile'].
        snapshot (None | Unset | WorkflowExportWorkflowSnapshot):
        state (WorkflowExportWorkflowState): The current state of the workflow. Example: live.
        target_channels (list[str]): The channels this workflow targets. Example: ['chat'].
        targeting (None | Unset | WorkflowExportWorkflowTargeting):
        title (str): The title of the workflow. Example: My Workflow.
        trigger_type (str): The type of trigger that starts this workflow. Example: inbound_conversation.
        updated_at (datetime.datetime): When the workflow was last updated. Example: 2026-01-20T14:45:00Z.
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
        try:
            attributes: Any = _d.get("attributes")
            if attributes is not None:
                attributes = Pending(attributes)
            created_at: Any = _d.get("created_at")
            if created_at is not None:
                created_at = parse_datetime(created_at)

            description: Any = _d.get("description")

            embedded_rules: Any = _d.get("embedded_rules")
            if embedded_rules is not None:
                embedded_rules = Pending(embedded_rules)
            id: Any = _d.get("id")

            preferred_devices: Any = _d.get("preferred_devices")
            if preferred_devices is not None:
                preferred_devices = check_scalar_list(preferred_devices)

            snapshot: Any = _d.get("snapshot")
            if snapshot is not None:
                snapshot = Pending(snapshot)
            state: Any = _d.get("state")

            target_channels: Any = _d.get("target_channels")
            if target_channels is not None:
                target_channels = check_scalar_list(target_channels)

            targeting: Any = _d.get("targeting")
            if targeting is not None:
                targeting = Pending(targeting)
            title: Any = _d.get("title")

            trigger_type: Any = _d.get("trigger_type")

            updated_at: Any = _d.get("updated_at")
            if updated_at is not None:
                updated_at = parse_datetime(updated_at)

            # Filled slot by slot rather than through __init__: keyword matching over dozens of
            # fields is the largest cost of decoding a big model.
            _obj = _new_instance(cls)
            _obj.attributes = attributes
            _obj.created_at = created_at
            _obj.description = description
            _obj.embedded_rules = embedded_rules
            _obj.id = id
            _obj.preferred_devices = preferred_devices
            _obj.snapshot = snapshot
            _obj.state = state
            _obj.target_channels = target_channels
            _obj.targeting = targeting
            _obj.title = title
            _obj.trigger_type = trigger_type
            _obj.updated_at = updated_at
            if _d.keys() <= _KNOWN_FIELDS:
                _obj.additional_properties = {}
            else:
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except DECODE_ERRORS:
            return decode_leniently(cls, _d, None)
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
