# Generated from Intercom's OpenAPI description by scripts/regenerate.py. Do not edit: run `make regenerate`.
from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ResponseDecodingError
from ..models.workflow_export_workflow_state import WorkflowExportWorkflowState
from ..types import (
    UNSET,
    Unset,
    WrongType,
    decode_list,
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


def _decode_preferred_devices(data: Any) -> list[str]:
    if data.__class__ is not list:
        raise WrongType("array", data)
    return data


def _decode_target_channels(data: Any) -> list[str]:
    if data.__class__ is not list:
        raise WrongType("array", data)
    return data


_new_instance = object.__new__
_KNOWN_FIELDS = frozenset(
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
        attributes (list[WorkflowExportWorkflowAttributesItem] | Unset): Custom attributes defined for this workflow.
        created_at (datetime.datetime | Unset): When the workflow was created. Example: 2025-06-15T10:30:00Z.
        description (None | str | Unset): The description of the workflow. Example: A workflow that handles customer
            inquiries.
        embedded_rules (list[WorkflowExportWorkflowEmbeddedRulesItem] | Unset): Rules embedded within the workflow
            steps.
        id (str | Unset): The unique identifier for the workflow. Example: 67890.
        preferred_devices (list[str] | Unset): The preferred devices for this workflow. Example: ['desktop', 'mobile'].
        snapshot (None | Unset | WorkflowExportWorkflowSnapshot):
        state (WorkflowExportWorkflowState | Unset): The current state of the workflow. Example: live.
        target_channels (list[str] | Unset): The channels this workflow targets. Example: ['chat'].
        targeting (None | Unset | WorkflowExportWorkflowTargeting):
        title (str | Unset): The title of the workflow. Example: My Workflow.
        trigger_type (str | Unset): The type of trigger that starts this workflow. Example: inbound_conversation.
        updated_at (datetime.datetime | Unset): When the workflow was last updated. Example: 2026-01-20T14:45:00Z.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    attributes: list[WorkflowExportWorkflowAttributesItem] | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    description: None | str | None | Unset = UNSET
    embedded_rules: list[WorkflowExportWorkflowEmbeddedRulesItem] | None | Unset = UNSET
    id: str | None | Unset = UNSET
    preferred_devices: list[str] | None | Unset = UNSET
    snapshot: None | WorkflowExportWorkflowSnapshot | None | Unset = UNSET
    state: WorkflowExportWorkflowState | None | Unset = UNSET
    target_channels: list[str] | None | Unset = UNSET
    targeting: None | WorkflowExportWorkflowTargeting | None | Unset = UNSET
    title: str | None | Unset = UNSET
    trigger_type: str | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _discriminator: ClassVar[tuple[tuple[str, Any], ...]] = ()
    _known_fields: ClassVar[frozenset[str]] = _KNOWN_FIELDS

    def to_dict(self) -> dict[str, Any]:
        """This model as JSON-ready data: declared fields that are set, then the additional ones."""
        _d: dict[str, Any] = dict(self.additional_properties)
        _v = self.attributes
        if _v is not UNSET:
            _d["attributes"] = None if _v is None else to_jsonable(_v)
        _v = self.created_at
        if _v is not UNSET:
            _d["created_at"] = None if _v is None else to_jsonable(_v)
        _v = self.description
        if _v is not UNSET:
            _d["description"] = None if _v is None else to_jsonable(_v)
        _v = self.embedded_rules
        if _v is not UNSET:
            _d["embedded_rules"] = None if _v is None else to_jsonable(_v)
        _v = self.id
        if _v is not UNSET:
            _d["id"] = _v
        _v = self.preferred_devices
        if _v is not UNSET:
            _d["preferred_devices"] = None if _v is None else to_jsonable(_v)
        _v = self.snapshot
        if _v is not UNSET:
            _d["snapshot"] = None if _v is None else to_jsonable(_v)
        _v = self.state
        if _v is not UNSET:
            _d["state"] = _v
        _v = self.target_channels
        if _v is not UNSET:
            _d["target_channels"] = None if _v is None else to_jsonable(_v)
        _v = self.targeting
        if _v is not UNSET:
            _d["targeting"] = None if _v is None else to_jsonable(_v)
        _v = self.title
        if _v is not UNSET:
            _d["title"] = _v
        _v = self.trigger_type
        if _v is not UNSET:
            _d["trigger_type"] = _v
        _v = self.updated_at
        if _v is not UNSET:
            _d["updated_at"] = None if _v is None else to_jsonable(_v)
        return _d

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Decode this model from parsed JSON; raise ResponseDecodingError naming the failing field."""
        _d = src_dict
        if _d.__class__ is not dict:
            if not isinstance(_d, Mapping):
                raise ResponseDecodingError(f"expected object, got {type(_d).__name__}", model="WorkflowExportWorkflow")
            _d = dict(_d)
        _f = ""
        try:
            attributes = _d.get("attributes", UNSET)
            if attributes is not None and attributes is not UNSET:
                _f = "attributes"
                attributes = _decode_attributes(attributes)

            created_at = _d.get("created_at", UNSET)
            if created_at is not None and created_at is not UNSET:
                _f = "created_at"
                created_at = parse_datetime(created_at)

            description = _d.get("description", UNSET)
            if description.__class__ is dict or description.__class__ is list:
                raise WrongType("string", description, "description")

            embedded_rules = _d.get("embedded_rules", UNSET)
            if embedded_rules is not None and embedded_rules is not UNSET:
                _f = "embedded_rules"
                embedded_rules = _decode_embedded_rules(embedded_rules)

            id = _d.get("id", UNSET)
            if id.__class__ is dict or id.__class__ is list:
                raise WrongType("string", id, "id")

            preferred_devices = _d.get("preferred_devices", UNSET)
            if preferred_devices is not None and preferred_devices is not UNSET:
                _f = "preferred_devices"
                preferred_devices = _decode_preferred_devices(preferred_devices)

            snapshot = _d.get("snapshot", UNSET)
            if snapshot is not None and snapshot is not UNSET:
                _f = "snapshot"
                snapshot = WorkflowExportWorkflowSnapshot.from_dict(snapshot)

            state = _d.get("state", UNSET)
            if state.__class__ is dict or state.__class__ is list:
                raise WrongType("string", state, "state")

            target_channels = _d.get("target_channels", UNSET)
            if target_channels is not None and target_channels is not UNSET:
                _f = "target_channels"
                target_channels = _decode_target_channels(target_channels)

            targeting = _d.get("targeting", UNSET)
            if targeting is not None and targeting is not UNSET:
                _f = "targeting"
                targeting = WorkflowExportWorkflowTargeting.from_dict(targeting)

            title = _d.get("title", UNSET)
            if title.__class__ is dict or title.__class__ is list:
                raise WrongType("string", title, "title")

            trigger_type = _d.get("trigger_type", UNSET)
            if trigger_type.__class__ is dict or trigger_type.__class__ is list:
                raise WrongType("string", trigger_type, "trigger_type")

            updated_at = _d.get("updated_at", UNSET)
            if updated_at is not None and updated_at is not UNSET:
                _f = "updated_at"
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
                _f = ""
                _obj.additional_properties = {key: _d[key] for key in _d.keys() - _KNOWN_FIELDS}
        except KeyError as exc:  # only the required fields are read with _d[...]
            raise ResponseDecodingError(
                "required field is missing", model="WorkflowExportWorkflow", path=(exc.args[0],)
            ) from None
        except ResponseDecodingError as exc:
            raise exc.within("WorkflowExportWorkflow", _f) from None
        except WrongType as exc:
            field = exc.field or _f
            raise ResponseDecodingError(
                str(exc), model="WorkflowExportWorkflow", path=(field,) if field else ()
            ) from None
        except (TypeError, ValueError, AttributeError) as exc:
            raise ResponseDecodingError(str(exc), model="WorkflowExportWorkflow", path=(_f,) if _f else ()) from None
        return _obj


# Imported last, so that models that refer to each other can import each other.
from ..models.workflow_export_workflow_attributes_item import WorkflowExportWorkflowAttributesItem  # noqa: E402
from ..models.workflow_export_workflow_embedded_rules_item import WorkflowExportWorkflowEmbeddedRulesItem  # noqa: E402
from ..models.workflow_export_workflow_snapshot import WorkflowExportWorkflowSnapshot  # noqa: E402
from ..models.workflow_export_workflow_targeting import WorkflowExportWorkflowTargeting  # noqa: E402
