# Generated from Intercom's OpenAPI description by codegen.regenerate. Do not edit: run `make regenerate`.
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import models
from ..types import DecodingIssue, Model, ModelRef, check_str, list_of, received_fields

if TYPE_CHECKING:
    from ..models.reporting_dataset_attribute import ReportingDatasetAttribute


# Not slotted: from_dict sets an instance's attributes as one dict (see from_dict).
@_attrs_define(kw_only=True, slots=False)
class ReportingDataset(Model):
    """
    Attributes:
        attributes (list[ReportingDatasetAttribute] | None):
        default_time_attribute_id (str | None):  Example: conversation_started_at.
        description (str | None):  Example: Conversation-level details: status, channel, assignee..
        id (str | None):  Example: conversation.
        name (str | None):  Example: Conversation.
        additional_properties: Fields the API sent that this model does not declare, kept as received.
    """

    attributes: list[ReportingDatasetAttribute] | None = None
    default_time_attribute_id: str | None = None
    description: str | None = None
    id: str | None = None
    name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(factory=dict)
    _decoding_issues: tuple[DecodingIssue, ...] = _attrs_field(init=False, factory=tuple, eq=False, repr=False)


received_fields(
    ReportingDataset,
    attributes=list_of(ModelRef(models, "ReportingDatasetAttribute")),
    default_time_attribute_id=check_str,
    description=check_str,
    id=check_str,
    name=check_str,
)
